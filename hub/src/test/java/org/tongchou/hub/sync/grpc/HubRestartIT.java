package org.tongchou.hub.sync.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;

/** Idempotence is a property of the database, not of a running hub. */
class HubRestartIT {

  static ConfigurableApplicationContext startHub() {
    return TestHub.startOnPostgres();
  }

  static long events(ConfigurableApplicationContext hub) {
    return hub.getBean(JdbcTemplate.class)
        .queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }

  @Test
  void
      aFilePushedAgainAfterARestartAgainstTheSameDatabaseRecordsNothingNewAndReturnsTheSameReceipts() {
    List<Fact> file = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String id = IdNumbers.woman("410102");
      file.add(Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01"));
      file.add(Facts.service(id, Facts.WUXI_BINHU, "2026-03-05"));
    }
    List<FactOutcome> first;
    long eventsBefore;
    String token;
    try (ConfigurableApplicationContext hub = startHub()) {
      try (HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
        first = wuxi.submit(file.subList(0, 60), file.subList(60, 100));
      }
      eventsBefore = events(hub);
      token =
          hub.getBean(org.tongchou.hub.access.app.CredentialStore.class)
              .issue(Facts.WUXI, "restart");
    }
    assertThat(first).extracting(FactOutcome::getKind).containsOnly(FactOutcome.Kind.ACCEPTED);

    try (ConfigurableApplicationContext hub = startHub();
        HubClient wuxi = new HubClient(TestHub.grpcPort(hub), token)) {
      List<FactOutcome> again = wuxi.submit(file);

      assertThat(again).extracting(FactOutcome::getKind).containsOnly(FactOutcome.Kind.DUPLICATE);
      assertThat(again)
          .extracting(FactOutcome::getReceipt)
          .containsExactlyElementsOf(first.stream().map(FactOutcome::getReceipt).toList());
      assertThat(events(hub)).isEqualTo(eventsBefore);
    }
  }
}
