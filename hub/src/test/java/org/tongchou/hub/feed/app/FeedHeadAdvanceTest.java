package org.tongchou.hub.feed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedHeadAdvanceTest {

  static final int WUXI = 320200;
  static final int HENAN = 410000;
  final FeedHead.Advance henansArrivals =
      new FeedHead.Advance(100, 110, Optional.of(Set.of(HENAN, 410100, 410102)));

  @Test
  void aCaughtUpFeedOfAnotherDivisionSkipsToTheNewEndWithoutReading() {
    assertThat(henansArrivals.mustRead(WUXI, 100)).isFalse();
  }

  @Test
  void aCaughtUpFeedOfAConcernedDivisionReads() {
    assertThat(henansArrivals.mustRead(HENAN, 100)).isTrue();
  }

  @Test
  void aFeedBehindThePreviousEndReadsWhateverTheAdvanceConcerns() {
    assertThat(henansArrivals.mustRead(WUXI, 99)).isTrue();
  }

  @Test
  void anAuditorsFeedReadsEveryAdvance() {
    assertThat(henansArrivals.mustRead(null, 100)).isTrue();
  }

  @Test
  void anAdvanceWithASignedCheckpointOrTooLongToListIsReadByEveryFeed() {
    FeedHead.Advance unknown = new FeedHead.Advance(100, 110, Optional.empty());

    assertThat(unknown.mustRead(WUXI, 100)).isTrue();
  }

  @Test
  void aFeedAtTheEndHasNothingToRead() {
    assertThat(henansArrivals.mustRead(HENAN, 110)).isFalse();
  }
}
