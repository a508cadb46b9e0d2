package org.tongchou.hub.obligation.app;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The running hub's deadline manager: Axon's db-scheduler one, built as Axon's auto-configuration
 * builds it (which then steps back), with the inserts of a unit of work batched ({@link
 * BatchedDeadlineManager}). A one-shot command has none ({@link CommandModeDeadlines}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "db-scheduler.enabled", havingValue = "true", matchIfMissing = true)
class BatchedDeadlinesConfiguration {

  @Bean
  DeadlineManager deadlineManager(
      Scheduler scheduler,
      org.axonframework.config.Configuration axon,
      @Qualifier("eventSerializer") Serializer serializer,
      TransactionManager transactions,
      DeadlineManagerSpanFactory spans) {
    // The scheduler's own lifecycle belongs to db-scheduler's Spring starter, as with Axon's bean.
    return new BatchedDeadlineManager(
        DbSchedulerDeadlineManager.builder()
            .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
            .transactionManager(transactions)
            .spanFactory(spans)
            .startScheduler(false)
            .stopScheduler(false),
        scheduler,
        serializer);
  }

  /**
   * The deadlines' task data in {@link CompactDeadlineData}'s format; other tasks' data, and rows
   * written before, in db-scheduler's default Java serialization.
   */
  @Bean
  DbSchedulerCustomizer compactDeadlineData() {
    return new DbSchedulerCustomizer() {
      @Override
      public Optional<com.github.kagkarlsson.scheduler.serializer.Serializer> serializer() {
        return Optional.of(
            new CompactDeadlineData(
                com.github.kagkarlsson.scheduler.serializer.Serializer.DEFAULT_JAVA_SERIALIZER));
      }
    };
  }
}
