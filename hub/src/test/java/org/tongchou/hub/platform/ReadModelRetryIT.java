package org.tongchou.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;

/**
 * A read-model projection that fails does not skip the event: the read-models processor stops at it
 * and retries until it goes through. Staged with a projection of the same processing group that
 * fails on its first two obligation events (a Java failure: the database transaction is not
 * aborted, so only the error handler decides whether the event is skipped).
 */
class ReadModelRetryIT {

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;

  /** Fails twice, then remembers every obligation event it handled. */
  @ProcessingGroup(ReadModels.GROUP)
  static class FailingTwice {
    final AtomicInteger failures = new AtomicInteger();
    final Set<String> handled = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(ObligationsChanged event) {
      if (failures.getAndIncrement() < 2) {
        throw new IllegalStateException("a projection that fails (staged)");
      }
      handled.add(event.personKey() + "#" + event.personSequence());
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class WithFailingProjection {
    @Bean
    FailingTwice failingTwice() {
      return new FailingTwice();
    }
  }

  @BeforeAll
  static void start() {
    hub =
        TestHub.startOnPostgres(
            new Class<?>[] {WithFailingProjection.class}, TestHub.inFreshSchema("retry"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    hub.close();
  }

  @Test
  void givenAProjectionThatFailsWhenItIsRetriedThenNoEventIsSkipped() {
    wuxi.submit(
        List.of(
            Facts.arrival(
                IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.WUXI_BINHU, "2026-04-01")));

    assertThat(hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(90))).isTrue();
    FailingTwice projection = hub.getBean(FailingTwice.class);
    assertThat(projection.failures.get()).isGreaterThan(2);
    assertThat(projection.handled)
        .as("the obligation event it failed on, handled on a retry")
        .hasSize(1);
  }
}
