package org.tongchou.hub.feed.grpc;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

  /** A few threads serve every subscription: a drain reads one page and returns, it never waits. */
  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService feedExecutor() {
    return Executors.newScheduledThreadPool(
        4,
        runnable -> {
          Thread thread = new Thread(runnable, "feed");
          thread.setDaemon(true);
          return thread;
        });
  }
}
