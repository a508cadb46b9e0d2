package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongchou.proto.v1.FeedCheckpoint;
import org.tongchou.proto.v1.FeedItem;

class FeedEntriesTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:01.234567Z");
  private static final Instant RECORDED = Instant.parse("2026-03-02T08:00:01.230Z");

  @Test
  void aFactBecomesAPlainValueWithItsTypeNameAndReceiptTime() {
    FeedItem item =
        FeedItem.newBuilder()
            .setPosition(41)
            .setFact(FeedFixtures.arrival("320205-2026-000017", "320205", "2026-03-01", RECORDED))
            .build();

    assertThat(FeedEntries.of(item, RECEIVED))
        .isEqualTo(
            new FeedEntry.Fact(
                41,
                RECEIVED,
                "320205-2026-000017",
                "320205",
                "2026-03-01",
                "ArrivalRegistered",
                FeedFixtures.PERSON_KEY,
                RECORDED));
  }

  @Test
  void aConflictNamesBothRegionsAndTheOverlap() {
    FeedItem item =
        FeedItem.newBuilder()
            .setPosition(42)
            .setConflict(FeedFixtures.conflict("320211", "320205", "2026-03-01"))
            .build();

    assertThat(FeedEntries.of(item, RECEIVED))
        .isEqualTo(
            new FeedEntry.Conflict(
                42, RECEIVED, "320211", "320205", "2026-03-01", "320211", FeedFixtures.PERSON_KEY));
  }

  @Test
  void aCheckpointCarriesTheHubsTime() {
    FeedItem item =
        FeedItem.newBuilder()
            .setPosition(42)
            .setCheckpoint(FeedCheckpoint.newBuilder().setAt(FeedFixtures.timestamp(RECORDED)))
            .build();

    assertThat(FeedEntries.of(item, RECEIVED))
        .isEqualTo(new FeedEntry.Checkpoint(42, RECEIVED, RECORDED));
  }

  @Test
  void anItemOfAKindNewerThanThisAdapterStillAdvancesThePosition() {
    assertThat(FeedEntries.of(FeedItem.newBuilder().setPosition(43).build(), RECEIVED))
        .isEqualTo(new FeedEntry.Unknown(43, RECEIVED));
  }
}
