package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.accesslog.domain.AccessEntry;
import org.tongchou.proto.v1.AccessLogEntry;

/**
 * The adapter's own recomputation of the access log's hashes agrees with the hub's, byte for byte.
 */
class AccessLogChainTest {

  static final Instant AT = Instant.parse("2026-11-29T02:00:00.120Z");

  /** A chain as the hub seals it, sent as the wire carries it. */
  static List<AccessLogEntry> chain(int n) {
    List<AccessLogEntry> entries = new java.util.ArrayList<>();
    String previous = AccessLogChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AccessEntry sealed =
          new AccessEntry(
                  i,
                  AT.plusMillis(i * 1000L + i),
                  "henan",
                  "REGION",
                  i == 2 ? null : "410000",
                  "Persons.GetTimeline",
                  i == 3 ? List.of() : List.of("key-" + i, "o/1#1"),
                  i % 2 == 0 ? "协查 \"request\" 7" : null,
                  AccessEntry.ANSWERED,
                  previous,
                  null)
              .sealed();
      entries.add(
          AccessLogEntry.newBuilder()
              .setSequence(sealed.sequence())
              .setReadAt(
                  Timestamp.newBuilder()
                      .setSeconds(sealed.readAt().getEpochSecond())
                      .setNanos(sealed.readAt().getNano()))
              .setReader(sealed.reader())
              .setRole(sealed.role())
              .setJurisdiction(sealed.jurisdiction() == null ? "" : sealed.jurisdiction())
              .setAction(sealed.action())
              .addAllSubjects(sealed.subjects())
              .setPurpose(sealed.purpose() == null ? "" : sealed.purpose())
              .setOutcome(sealed.outcome())
              .setPreviousHash(sealed.previousHash())
              .setHash(sealed.hash())
              .build());
      previous = sealed.hash();
    }
    return entries;
  }

  @Test
  void theHashRecomputedFromTheWireFieldsIsTheHubsForEveryShapeOfEntry() {
    chain(4)
        .forEach(
            e ->
                assertThat(AccessLogChain.hashOf(e))
                    .as("entry " + e.getSequence())
                    .isEqualTo(e.getHash()));
  }

  @Test
  void anIntactChainHoldsUpToTheHead() {
    List<AccessLogEntry> entries = chain(4);
    AccessLogChain chain = new AccessLogChain();
    entries.forEach(chain::accept);
    chain.endsAt(4, entries.get(3).getHash());

    assertThat(chain.broken()).isEmpty();
    assertThat(chain.checked()).isEqualTo(4);
  }

  @Test
  void anEntryWhoseFieldWasChangedIsNamedAsAltered() {
    List<AccessLogEntry> entries = new java.util.ArrayList<>(chain(4));
    entries.set(2, entries.get(2).toBuilder().setReader("someone else").build());
    AccessLogChain chain = new AccessLogChain();
    entries.forEach(chain::accept);

    assertThat(chain.brokenSequence()).isEqualTo(3);
    assertThat(chain.broken()).get().asString().startsWith("entry 3: altered");
  }

  @Test
  void aMissingEntryAndAMissingTailAreNamed() {
    List<AccessLogEntry> entries = chain(4);
    AccessLogChain gap = new AccessLogChain();
    List.of(entries.get(0), entries.get(2), entries.get(3)).forEach(gap::accept);
    AccessLogChain tail = new AccessLogChain();
    entries.subList(0, 2).forEach(tail::accept);
    tail.endsAt(4, entries.get(3).getHash());

    assertThat(gap.broken()).get().asString().startsWith("entry 2: missing");
    assertThat(tail.broken()).get().asString().startsWith("entry 3: missing");
  }
}
