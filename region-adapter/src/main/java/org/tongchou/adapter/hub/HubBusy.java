package org.tongchou.adapter.hub;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.RetryInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.Optional;

/**
 * A hub node shedding load: it refused a feed with RESOURCE_EXHAUSTED, reason {@code
 * HUB_FEEDS_FULL}, because it serves its limit of open feeds. Nothing was read, so the feed comes
 * back after the RetryInfo delay (round_robin may take it to another node meanwhile); unlike a
 * broken connection, this does not count towards giving up.
 */
final class HubBusy {

  static final String REASON = "HUB_FEEDS_FULL";
  private static final Duration WITHOUT_RETRY_INFO = Duration.ofSeconds(10);

  private HubBusy() {}

  /** How long to wait before trying again, when {@code error} is such a refusal. */
  static Optional<Duration> retryDelay(Status status, Throwable error) {
    if (status.getCode() != Status.Code.RESOURCE_EXHAUSTED || error == null) {
      return Optional.empty();
    }
    com.google.rpc.Status details = StatusProto.fromThrowable(error);
    if (details == null) {
      return Optional.empty();
    }
    if (StatusDetails.of(details).reason().filter(REASON::equals).isEmpty()) {
      return Optional.empty();
    }
    Duration delay = WITHOUT_RETRY_INFO;
    for (Any detail : details.getDetailsList()) {
      try {
        if (detail.is(RetryInfo.class)) {
          com.google.protobuf.Duration d = detail.unpack(RetryInfo.class).getRetryDelay();
          delay = Duration.ofSeconds(d.getSeconds(), d.getNanos());
        }
      } catch (InvalidProtocolBufferException e) {
        return Optional.empty();
      }
    }
    return Optional.of(delay);
  }
}
