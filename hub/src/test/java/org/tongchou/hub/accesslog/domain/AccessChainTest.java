package org.tongchou.hub.accesslog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.kernel.EventHashes;

class AccessChainTest {

  static final Instant AT = Instant.parse("2026-11-29T02:00:00.120Z");

  /** A chain of {@code n} sealed entries, each linked to the one before. */
  static List<AccessEntry> chain(int n) {
    List<AccessEntry> entries = new ArrayList<>();
    String previous = EventHashes.GENESIS;
    for (int i = 1; i <= n; i++) {
      AccessEntry entry =
          new AccessEntry(
                  i,
                  AT.plusSeconds(i),
                  "henan",
                  "REGION",
                  "410000",
                  "Persons.GetTimeline",
                  List.of("key-" + i),
                  i % 2 == 0 ? "verification 协查" : null,
                  AccessEntry.ANSWERED,
                  previous,
                  null)
              .sealed();
      entries.add(entry);
      previous = entry.hash();
    }
    return entries;
  }

  static AccessChain.Verification verify(List<AccessEntry> entries) {
    AccessChain chain = new AccessChain();
    entries.forEach(chain::accept);
    AccessEntry last = entries.get(entries.size() - 1);
    return chain.against(last.sequence(), last.hash());
  }

  @Test
  void anEntrysHashIsSha256OverItsCanonicalJsonWithoutTheHash() {
    AccessEntry entry = chain(1).get(0);

    String json = new String(CanonicalJson.bytes(entry.withHash(null)), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"action\":\"Persons.GetTimeline\",\"jurisdiction\":\"410000\",\"outcome\":\"answered\","
                + "\"previousHash\":\""
                + EventHashes.GENESIS
                + "\",\"readAt\":\"2026-11-29T02:00:01.120Z\","
                + "\"reader\":\"henan\",\"role\":\"REGION\",\"sequence\":1,\"subjects\":[\"key-1\"]}");
    assertThat(entry.hash()).isEqualTo(EventHashes.sha256(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anIntactChainVerifies() {
    AccessChain.Verification verdict = verify(chain(5));

    assertThat(verdict.intact()).isTrue();
    assertThat(verdict.checked()).isEqualTo(5);
  }

  @Test
  void anAlteredEntryIsNamed() {
    List<AccessEntry> entries = chain(5);
    AccessEntry third = entries.get(2);
    entries.set(
        2,
        new AccessEntry(
            3,
            third.readAt(),
            third.reader(),
            third.role(),
            third.jurisdiction(),
            third.action(),
            third.subjects(),
            "something else",
            third.outcome(),
            third.previousHash(),
            third.hash()));

    AccessChain.Verification verdict = verify(entries);

    assertThat(verdict.broken()).get().extracting(AccessChain.Break::sequence).isEqualTo(3L);
    assertThat(verdict.broken().get().problem()).startsWith("altered");
    assertThat(verdict.checked()).isEqualTo(2);
  }

  @Test
  void aDeletedEntryIsNamedAsMissing() {
    List<AccessEntry> entries = chain(5);
    entries.remove(1);

    AccessChain.Verification verdict = verify(entries);

    assertThat(verdict.broken()).get().extracting(AccessChain.Break::sequence).isEqualTo(2L);
    assertThat(verdict.broken().get().problem()).startsWith("missing");
  }

  @Test
  void twoEntriesSwappedAreNamedAtTheFirstOutOfPlace() {
    List<AccessEntry> entries = chain(5);
    entries.set(1, chain(5).get(2));
    entries.set(2, chain(5).get(1));

    assertThat(verify(entries).broken())
        .get()
        .extracting(AccessChain.Break::sequence)
        .isEqualTo(2L);
  }

  @Test
  void entriesDeletedAtTheEndShowAgainstTheHead() {
    List<AccessEntry> entries = chain(5);
    AccessChain chain = new AccessChain();
    entries.subList(0, 3).forEach(chain::accept);

    AccessChain.Verification verdict = chain.against(5, entries.get(4).hash());

    assertThat(verdict.broken()).get().extracting(AccessChain.Break::sequence).isEqualTo(4L);
  }
}
