package org.tongchou.hub.sync.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FactOutcome;

/**
 * Two hub nodes on one event store, as the national deployment runs them: each caches the persons
 * it has seen, so a node can hold a person that the other has since written to.
 */
class TwoHubNodesIT {

  @Test
  void aFactForAPersonAnotherNodeWroteToMeanwhileIsRecordedAfterItsEventsNotRefused() {
    String[] schema = TestHub.inFreshSchema("two_nodes");
    String person = IdNumbers.woman("410102");
    try (ConfigurableApplicationContext first = TestHub.startOnPostgres(schema);
        ConfigurableApplicationContext second = TestHub.startOnPostgres(schema);
        HubClient viaFirst = TestHub.clientFor(first, Facts.WUXI);
        HubClient viaSecond = TestHub.clientFor(second, Facts.WUXI)) {
      viaFirst.submitOne(Facts.arrival(person, Facts.WUXI_BINHU, "2026-03-01"));
      viaSecond.submitOne(Facts.service(person, Facts.WUXI_BINHU, "2026-03-05"));

      // The first node still caches the person as it left them: one event behind the store.
      FactOutcome outcome =
          viaFirst.submitOne(Facts.service(person, Facts.WUXI_BINHU, "2026-03-09"));

      assertThat(outcome.getKind()).as(outcome.toString()).isEqualTo(FactOutcome.Kind.ACCEPTED);
      List<Long> sequences =
          viaFirst.timeline(person).getFactsList().stream()
              .map(f -> f.getReceipt().getPersonSequence())
              .toList();
      assertThat(sequences).isSorted().doesNotHaveDuplicates().hasSize(3);
    }
  }

  @Test
  void anOfficesActOnAPersonAnotherNodeWroteToMeanwhileIsRecordedNotFailed() {
    String[] schema = TestHub.inFreshSchema("two_nodes_office");
    String person = IdNumbers.woman("410102");
    try (ConfigurableApplicationContext first = TestHub.startOnPostgres(schema);
        ConfigurableApplicationContext second = TestHub.startOnPostgres(schema);
        HubClient viaFirst = TestHub.clientFor(first, Facts.WUXI);
        HubClient viaSecond = TestHub.clientFor(second, Facts.WUXI);
        HubClient henanOffice =
            TestHub.clientAs(first, org.tongchou.hub.access.domain.Role.OFFICE, Facts.HENAN)) {
      viaFirst.submitOne(Facts.arrival(person, Facts.WUXI_BINHU, "2026-03-01"));
      viaSecond.submitOne(Facts.service(person, Facts.WUXI_BINHU, "2026-03-05"));

      var erased =
          henanOffice
              .authorized(org.tongchou.proto.v1.ErasureGrpc.newBlockingStub(henanOffice.channel()))
              .erasePerson(
                  org.tongchou.proto.v1.ErasePersonRequest.newBuilder()
                      .setIdNumber(person)
                      .setReason("case 2026-7")
                      .build());

      assertThat(erased.getErasure().getPersonSequence()).isGreaterThan(2);
    }
  }
}
