package org.tongchou.adapter.hub;

import org.tongchou.proto.v1.PublishScorecardRequest;
import org.tongchou.proto.v1.PublishedScorecard;

/**
 * An office publishes a division's scorecards through {@code tongchou.v1.Replay}: the hub stores
 * the exact CSV bytes with their SHA-256 and the log position, so that an auditor's replay can
 * reproduce them. Every failure is a {@link HubCallException}.
 */
public final class PublishingClient {

  private final HubClient hub;

  /** Over an open connection, which the caller keeps and closes. */
  public PublishingClient(HubClient hub) {
    this.hub = hub;
  }

  /**
   * Publishes the division's scorecards of a period as they stand once the read models are current.
   */
  public ActOutcome publish(String region, String period) throws HubCallException {
    PublishScorecardRequest request =
        PublishScorecardRequest.newBuilder().setRegion(region).setPeriod(period).build();
    PublishedScorecard answer = Unary.call(() -> hub.replay().publishScorecard(request));
    return ActOutcome.of("Published scorecard " + answer.getId(), answer);
  }
}
