package org.tongchou.hub.access.grpc;

import io.grpc.Status;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.tongchou.hub.platform.grpc.GrpcErrors;

/**
 * The refusal of a feed when this hub node already serves {@code tongchou.access.max-open-feeds} of
 * them: RESOURCE_EXHAUSTED, reason {@code HUB_FEEDS_FULL}, with a RetryInfo delay. Nothing was read
 * or sent, so the subscriber resumes from where it was, after the delay or on another node.
 */
final class FeedShedding {

  /** The base delay; a random part is added so that the refused do not all come back at once. */
  static final int RETRY_SECONDS = 10;

  private FeedShedding() {}

  static com.google.rpc.Status hubFull(int limit) {
    return GrpcErrors.withRetryDelay(
        GrpcErrors.status(
            Status.Code.RESOURCE_EXHAUSTED,
            "this hub node serves its limit of "
                + limit
                + " open feeds; try again after the retry delay, or another node",
            "HUB_FEEDS_FULL",
            Map.of("limit", Integer.toString(limit))),
        RETRY_SECONDS + ThreadLocalRandom.current().nextInt(RETRY_SECONDS));
  }
}
