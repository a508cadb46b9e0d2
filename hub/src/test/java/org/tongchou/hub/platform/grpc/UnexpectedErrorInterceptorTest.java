package org.tongchou.hub.platform.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.rpc.ErrorInfo;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.tongchou.proto.v1.GetTimelineRequest;
import org.tongchou.proto.v1.PersonsGrpc;
import org.tongchou.proto.v1.Timeline;

class UnexpectedErrorInterceptorTest {

  Server server;
  ManagedChannel channel;

  PersonsGrpc.PersonsBlockingStub serving(RuntimeException failure) throws Exception {
    String name = InProcessServerBuilder.generateName();
    server =
        InProcessServerBuilder.forName(name)
            .directExecutor()
            .addService(
                ServerInterceptors.intercept(
                    new PersonsGrpc.PersonsImplBase() {
                      @Override
                      public void getTimeline(
                          GetTimelineRequest request, StreamObserver<Timeline> response) {
                        throw failure;
                      }
                    },
                    new UnexpectedErrorInterceptor()))
            .build()
            .start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    return PersonsGrpc.newBlockingStub(channel);
  }

  @AfterEach
  void stop() {
    if (channel != null) {
      channel.shutdownNow();
      server.shutdownNow();
    }
  }

  @Test
  void anUnexpectedExceptionReachesTheClientAsInternalWithErrorInfoNotUnknown() throws Exception {
    PersonsGrpc.PersonsBlockingStub persons = serving(new IllegalStateException("bug"));

    assertThatThrownBy(() -> persons.getTimeline(GetTimelineRequest.getDefaultInstance()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
              assertThat(e.getStatus().getDescription()).doesNotContain("bug");
              assertThat(reason(e)).isEqualTo("INTERNAL_FAILURE");
            });
  }

  @Test
  void aTransientStorageFailureIsUnavailableSoThatClientsRetry() throws Exception {
    PersonsGrpc.PersonsBlockingStub persons = serving(new QueryTimeoutException("slow"));

    assertUnavailable(persons);
  }

  @Test
  void aLostConnectionWrappedByAnotherLibraryIsStillUnavailable() throws Exception {
    PersonsGrpc.PersonsBlockingStub persons =
        serving(
            new IllegalStateException(
                "event store failed",
                new java.sql.SQLException("I/O error", "08006", new java.io.EOFException())));

    assertUnavailable(persons);
  }

  @Test
  void aConstraintViolationIsADefectNotAnOutage() {
    assertThat(
            GrpcErrors.isOutage(
                new IllegalStateException(new java.sql.SQLException("duplicate", "23505"))))
        .isFalse();
    assertThat(GrpcErrors.isOutage(new java.sql.SQLTransientConnectionException("pool"))).isTrue();
  }

  @Test
  void aRefusalThrownOnPurposeKeepsItsCodeAndDetails() throws Exception {
    PersonsGrpc.PersonsBlockingStub persons =
        serving(org.tongchou.hub.access.grpc.RegionScope.invalid("region", "not a division code"));

    assertThatThrownBy(() -> persons.getTimeline(GetTimelineRequest.getDefaultInstance()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(reason(e)).isEqualTo("INVALID_REQUEST");
              assertThat(org.tongchou.hub.testing.Refusals.fields(StatusProto.fromThrowable(e)))
                  .containsExactly("region");
            });
  }

  @Test
  void aFailureWhileAStreamSendsUnderFlowControlIsInternalWithErrorInfoToo() throws Exception {
    String name = InProcessServerBuilder.generateName();
    server =
        InProcessServerBuilder.forName(name)
            .directExecutor()
            .addService(
                ServerInterceptors.intercept(
                    new org.tongchou.proto.v1.EvidenceGrpc.EvidenceImplBase() {
                      @Override
                      public void export(
                          org.tongchou.proto.v1.ExportRequest request,
                          StreamObserver<org.tongchou.proto.v1.ExportChunk> response) {
                        ((io.grpc.stub.ServerCallStreamObserver<org.tongchou.proto.v1.ExportChunk>)
                                response)
                            .setOnReadyHandler(
                                () -> {
                                  throw new IllegalStateException("bug while sending");
                                });
                      }
                    },
                    new UnexpectedErrorInterceptor()))
            .build()
            .start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    java.util.concurrent.CompletableFuture<Throwable> ended =
        new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.atomic.AtomicReference<io.grpc.stub.ClientCallStreamObserver<?>> started =
        new java.util.concurrent.atomic.AtomicReference<>();

    org.tongchou.proto.v1.EvidenceGrpc.newStub(channel)
        .export(
            org.tongchou.proto.v1.ExportRequest.getDefaultInstance(),
            new io.grpc.stub.ClientResponseObserver<
                org.tongchou.proto.v1.ExportRequest, org.tongchou.proto.v1.ExportChunk>() {
              @Override
              public void beforeStart(
                  io.grpc.stub.ClientCallStreamObserver<org.tongchou.proto.v1.ExportRequest> call) {
                call.disableAutoRequestWithInitial(0);
                started.set(call);
              }

              @Override
              public void onNext(org.tongchou.proto.v1.ExportChunk chunk) {}

              @Override
              public void onError(Throwable t) {
                ended.complete(t);
              }

              @Override
              public void onCompleted() {
                ended.complete(null);
              }
            });

    // Ready only now, after the service method returned: the handler runs from the transport's
    // onReady.
    started.get().request(1);

    Throwable failure = ended.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(failure)
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
              assertThat(reason(e)).isEqualTo("INTERNAL_FAILURE");
            });
  }

  static void assertUnavailable(PersonsGrpc.PersonsBlockingStub persons) {
    assertThatThrownBy(() -> persons.getTimeline(GetTimelineRequest.getDefaultInstance()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
              assertThat(reason(e)).isEqualTo("STORE_UNAVAILABLE");
            });
  }

  static String reason(StatusRuntimeException e) {
    try {
      return StatusProto.fromThrowable(e).getDetailsList().stream()
          .filter(a -> a.is(ErrorInfo.class))
          .findFirst()
          .orElseThrow()
          .unpack(ErrorInfo.class)
          .getReason();
    } catch (com.google.protobuf.InvalidProtocolBufferException bad) {
      throw new AssertionError(bad);
    }
  }
}
