package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongchou.adapter.hub.FeedEntry;

class TailLineTest {

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:01.250Z");

  @Test
  void aCheckpointShowsItsPositionAndTheHubsTime() {
    assertThat(
            TailLine.of(
                new FeedEntry.Checkpoint(42, NOW, Instant.parse("2026-03-02T08:00:01.200Z"))))
        .isEqualTo("42  checkpoint  hub time 2026-03-02T08:00:01.200Z");
  }

  @Test
  void aFactOfATypeNewerThanThisAdapterIsStillShown() {
    FeedEntry fact = new FeedEntry.Fact(7, NOW, "r-7", "320205", "2026-03-01", "", "pk-short", NOW);

    assertThat(TailLine.of(fact))
        .isEqualTo(
            "7  fact  2026-03-01  320205  (type unknown to this adapter)  r-7  person pk-short");
  }

  @Test
  void onlyFactsAndConflictsCountTowardsCount() {
    assertThat(TailLine.counts(new FeedEntry.Checkpoint(1, NOW, NOW))).isFalse();
    assertThat(TailLine.counts(new FeedEntry.Unknown(1, NOW))).isFalse();
    assertThat(TailLine.counts(new FeedEntry.Conflict(1, NOW, "a", "b", "2026-03-01", "a", "k")))
        .isTrue();
  }
}
