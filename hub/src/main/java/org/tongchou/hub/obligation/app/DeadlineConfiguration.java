package org.tongchou.hub.obligation.app;

import org.axonframework.deadline.DeadlineManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.person.app.FeedRecorder;
import org.tongchou.hub.person.app.RecordedDecisions;

/**
 * A wake-up records obligation events like any fact does: the feed entries are written in the
 * deadline's own transaction, after Axon appended the events (the handler runs first, so its
 * events' prepare-commit step is registered before this one).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

  @Bean
  SmartInitializingSingleton deadlinesRecordTheFeed(
      ObjectProvider<DeadlineManager> deadlines, FeedRecorder feed) {
    return () ->
        deadlines.ifAvailable(
            manager ->
                manager.registerHandlerInterceptor(
                    (unitOfWork, chain) -> {
                      Object result = chain.proceed();
                      unitOfWork.onPrepareCommit(u -> feed.record(RecordedDecisions.take(u)));
                      return result;
                    }));
  }
}
