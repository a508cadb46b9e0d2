package org.tongchou.hub.policy.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService policyRefresher(PolicyLibrary library, PolicyCatalog catalog,
                                             @Value("${tongchou.policy.refresh-seconds:10}") long seconds) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "policy-refresh");
            thread.setDaemon(true);
            return thread;
        });
        AtomicLong seen = new AtomicLong(library.count());
        executor.scheduleWithFixedDelay(() -> {
            try {
                long now = library.count();
                if (now != seen.get()) {
                    catalog.replace(library.book());
                    seen.set(now);
                }
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(PolicyConfiguration.class)
                        .warn("policy refresh failed, keeping the book in use: {}", e.getClass().getName());
            }
        }, seconds, seconds, TimeUnit.SECONDS);
        return executor;
    }
}
