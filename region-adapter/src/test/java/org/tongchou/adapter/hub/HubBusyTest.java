package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HubBusyTest {

  @Test
  void aNodeServingItsLimitOfFeedsIsWaitedForAsLongAsItsRetryInfoSays() {
    StatusRuntimeException refused = refusal(Code.RESOURCE_EXHAUSTED, "HUB_FEEDS_FULL", 14);

    assertThat(HubBusy.retryDelay(refused.getStatus(), refused)).contains(Duration.ofSeconds(14));
  }

  @Test
  void aCredentialsOwnFeedLimitIsNotWaitedFor() {
    StatusRuntimeException refused = refusal(Code.RESOURCE_EXHAUSTED, "TOO_MANY_FEEDS", 14);

    assertThat(HubBusy.retryDelay(refused.getStatus(), refused)).isEmpty();
  }

  @Test
  void anotherCodeWithTheSameReasonIsNotTakenForShedding() {
    StatusRuntimeException refused = refusal(Code.PERMISSION_DENIED, "HUB_FEEDS_FULL", 14);

    assertThat(HubBusy.retryDelay(refused.getStatus(), refused)).isEmpty();
  }

  private static StatusRuntimeException refusal(Code code, String reason, long seconds) {
    return StatusProto.toStatusRuntimeException(
        com.google.rpc.Status.newBuilder()
            .setCode(code.getNumber())
            .setMessage("refused")
            .addDetails(Any.pack(ErrorInfo.newBuilder().setReason(reason).build()))
            .addDetails(
                Any.pack(
                    RetryInfo.newBuilder()
                        .setRetryDelay(
                            com.google.protobuf.Duration.newBuilder().setSeconds(seconds))
                        .build()))
            .build());
  }
}
