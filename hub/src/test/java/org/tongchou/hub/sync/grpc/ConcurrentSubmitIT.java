package org.tongchou.hub.sync.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.person.app.PersonHistory;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;

/** Streams racing on the same new persons lose nothing and keep every chain intact. */
@PostgresHub
class ConcurrentSubmitIT {

  @Autowired ApplicationContext context;
  @Autowired PersonHistory history;
  @Autowired PersonIndex index;

  @Test
  void fourStreamsWritingTheSamePersonsAtOnceRecordEveryFactInUnbrokenChains() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(IdNumbers.woman("410102"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<FactOutcome>>> streams = new ArrayList<>();
    for (int stream = 0; stream < 4; stream++) {
      streams.add(
          pool.submit(
              () -> {
                try (HubClient wuxi = TestHub.clientFor(context, Facts.WUXI)) {
                  List<Fact> batch = new ArrayList<>();
                  ids.forEach(id -> batch.add(Facts.service(id, Facts.WUXI_BINHU, "2026-03-05")));
                  return wuxi.submit(batch.subList(0, 10), batch.subList(10, 20), batch);
                }
              }));
    }
    List<FactOutcome> all = new ArrayList<>();
    for (Future<List<FactOutcome>> stream : streams) {
      all.addAll(stream.get());
    }
    pool.shutdown();

    assertThat(all).hasSize(4 * 40);
    assertThat(all)
        .extracting(FactOutcome::getKind)
        .containsOnly(FactOutcome.Kind.ACCEPTED, FactOutcome.Kind.DUPLICATE);
    assertThat(all.stream().filter(o -> o.getKind() == FactOutcome.Kind.ACCEPTED)).hasSize(4 * 20);
    // Wuxi is a mere reporter here, so its receipts withhold the person key and the chain
    // (docs/ACCESS.md): the chains are read from the store, by the index the hub keeps.
    ids.stream()
        .map(id -> index.keyOf(IdNumber.parse(id).number()))
        .forEach(this::assertUnbrokenChain);
  }

  private void assertUnbrokenChain(String personKey) {
    String previous = EventHashes.GENESIS;
    long sequence = 0;
    List<PersonHistory.Located> events = history.eventsOf(personKey);
    // Four facts, one from each stream, and the owner's entitlement recorded with the first.
    assertThat(events)
        .extracting(l -> l.event().getClass().getSimpleName())
        .containsExactlyInAnyOrder(
            "FactRecorded", "FactRecorded", "FactRecorded", "FactRecorded", "EntitlementsChanged");
    for (PersonHistory.Located located : events) {
      PersonEvent event = located.event();
      assertThat(event.personSequence()).isEqualTo(++sequence);
      assertThat(event.previousHash()).isEqualTo(previous);
      assertThat(EventHashes.expectedHash(event)).isEqualTo(event.hash());
      previous = event.hash();
    }
  }
}
