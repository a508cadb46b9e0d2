package org.tongchou.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;

/**
 * Server reflection lists every service and message of the hub, so it is for authenticated callers
 * only (issue #12, "Hardening"): a caller without a credential is UNAUTHENTICATED, as on every
 * Tongchou service; a region's credential gets the list. Health stays open (ActuatorIT).
 */
@PostgresHub
class ReflectionIT {

  @Autowired ApplicationContext context;

  /** The services reflection lists to {@code client}, or the refusal it ended with. */
  static CompletableFuture<List<String>> listServices(HubClient client, boolean withCredential) {
    CompletableFuture<List<String>> listed = new CompletableFuture<>();
    ServerReflectionGrpc.ServerReflectionStub stub =
        ServerReflectionGrpc.newStub(client.channel()).withDeadlineAfter(30, TimeUnit.SECONDS);
    StreamObserver<ServerReflectionRequest> requests =
        (withCredential ? client.authorized(stub) : stub)
            .serverReflectionInfo(
                new StreamObserver<>() {
                  @Override
                  public void onNext(ServerReflectionResponse response) {
                    listed.complete(
                        response.getListServicesResponse().getServiceList().stream()
                            .map(ServiceResponse::getName)
                            .toList());
                  }

                  @Override
                  public void onError(Throwable t) {
                    listed.completeExceptionally(t);
                  }

                  @Override
                  public void onCompleted() {
                    listed.complete(List.of());
                  }
                });
    requests.onNext(ServerReflectionRequest.newBuilder().setListServices("*").build());
    requests.onCompleted();
    return listed;
  }

  @Test
  void reflectionRefusesACallerWithoutACredential() throws Exception {
    try (HubClient anonymous = new HubClient(TestHub.grpcPort(context), null)) {
      Throwable refused =
          listServices(anonymous, false)
              .handle((services, failure) -> failure)
              .get(30, TimeUnit.SECONDS);

      assertThat(refused)
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }
  }

  @Test
  void reflectionListsTheServicesToAnAuthenticatedCaller() throws Exception {
    try (HubClient wuxi = TestHub.clientFor(context, Facts.WUXI)) {
      assertThat(listServices(wuxi, true).get(30, TimeUnit.SECONDS))
          .contains("tongchou.v1.RegionSync", "tongchou.v1.Persons");
    }
  }
}
