package org.tongchou.hub.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;

/** A stopping hub tells its subscribers to resume, rather than dropping them. */
class FeedShutdownIT {

  @Test
  void stoppingTheHubEndsOpenSubscriptionsWithUnavailable() {
    ConfigurableApplicationContext hub = TestHub.startOnPostgres();
    String token = hub.getBean(CredentialStore.class).issue("410000", "henan-shutdown");
    try (HubClient channel = new HubClient(TestHub.grpcPort(hub), token);
        FeedClient henan = FeedClient.fromEnd(channel, token, 10)) {
      henan.next(500);

      hub.close();

      assertThat(henan.ended())
          .failsWithin(30, TimeUnit.SECONDS)
          .withThrowableOfType(ExecutionException.class)
          .havingCause()
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> {
                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
                assertThat(
                        Refusals.errorInfo(io.grpc.protobuf.StatusProto.fromThrowable(e))
                            .getReason())
                    .isEqualTo("HUB_SHUTTING_DOWN");
              });
    }
  }
}
