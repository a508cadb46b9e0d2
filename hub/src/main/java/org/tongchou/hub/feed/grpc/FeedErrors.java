package org.tongchou.hub.feed.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Map;
import org.tongchou.hub.platform.grpc.GrpcErrors;

/** The feed's refusals, each with ErrorInfo and the field to fix. */
final class FeedErrors {

  private FeedErrors() {}

  static StatusRuntimeException invalid(String field, String description) {
    return GrpcErrors.invalid("BAD_SUBSCRIPTION", field, description);
  }

  static StatusRuntimeException shuttingDown() {
    // Also for a subscription that arrives while the hub is stopping.
    return GrpcErrors.exception(
        GrpcErrors.status(
            Status.Code.UNAVAILABLE,
            "the hub is shutting down; resume after the last position received",
            "HUB_SHUTTING_DOWN",
            Map.of()));
  }

  static StatusRuntimeException unavailable(RuntimeException cause) {
    return GrpcErrors.exception(GrpcErrors.unexpected("RegionSync/Subscribe", cause));
  }
}
