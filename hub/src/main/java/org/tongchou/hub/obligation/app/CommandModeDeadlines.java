package org.tongchou.hub.obligation.app;

import java.time.Instant;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A one-shot operator command ({@code hub credentials ...}, {@code hub policy ...}) runs without
 * db-scheduler: the running hub owns the deadlines. It still builds the person aggregate's model,
 * whose handlers take a deadline manager; this one refuses to schedule anything, loudly, so that a
 * command that ever tried would fail instead of losing a deadline.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "db-scheduler.enabled", havingValue = "false")
class CommandModeDeadlines {

  @Bean
  DeadlineManager deadlineManager() {
    return new DeadlineManager() {
      @Override
      public String schedule(
          Instant triggerDateTime,
          String deadlineName,
          Object messageOrPayload,
          ScopeDescriptor deadlineScope) {
        throw new IllegalStateException(
            "a one-shot command schedules no deadline; the running hub does");
      }

      @Override
      public void cancelSchedule(String deadlineName, String scheduleId) {
        throw new IllegalStateException("a one-shot command cancels no deadline");
      }

      @Override
      public void cancelAll(String deadlineName) {
        throw new IllegalStateException("a one-shot command cancels no deadline");
      }

      @Override
      public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        throw new IllegalStateException("a one-shot command cancels no deadline");
      }

      @Override
      public Registration registerDispatchInterceptor(
          MessageDispatchInterceptor<? super DeadlineMessage<?>> interceptor) {
        return () -> true;
      }

      @Override
      public Registration registerHandlerInterceptor(
          MessageHandlerInterceptor<? super DeadlineMessage<?>> interceptor) {
        return () -> true;
      }
    };
  }
}
