package org.tongchou.hub.policy.app;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.platform.schedule.RepeatingTask;

/**
 * The policy catalog, filled from the library at start and refreshed when any hub node (or the
 * {@code policy load} command) stores a new version.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

  @Bean
  PolicyCatalog policyCatalog(PolicyLibrary library) {
    library.rememberShipped();
    return new PolicyCatalog(library.book());
  }

  /** Takes up policy versions another process published (hub policy load, another hub node). */
  @Bean
  RepeatingTask policyRefresher(
      PolicyLibrary library,
      PolicyCatalog catalog,
      @Value("${tongchou.policy.refresh-seconds:10}") long seconds) {
    AtomicLong seen = new AtomicLong(library.count());
    return new RepeatingTask("policy-refresh", Duration.ofSeconds(seconds)) {
      @Override
      protected void tick() {
        try {
          long now = library.count();
          if (now != seen.get()) {
            catalog.replace(library.book());
            seen.set(now);
          }
        } catch (RuntimeException e) {
          LoggerFactory.getLogger(PolicyConfiguration.class)
              .warn("policy refresh failed, keeping the book in use: {}", e.getClass().getName());
        }
      }
    };
  }
}
