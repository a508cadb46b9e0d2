package org.tongchou.adapter.hub;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hub that keeps the RegionSync contract in memory, for tests: idempotent on (region, record id),
 * refuses record ids starting with {@code refuse-} on {@code person.idNumber}, and can cut a stream
 * with UNAVAILABLE once. Accepted facts go on one feed that concerns every region (see {@link
 * FakeFeed}). Only {@link #TOKEN} is a valid credential.
 */
public final class FakeHub implements AutoCloseable {

  /** The one credential the fake accepts. */
  public static final String TOKEN = "token-320205";

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  final FakeRegionSync regionSync = new FakeRegionSync();
  final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final Server server;
  private final String name;

  private FakeHub(ServerBuilder<?> builder, String name) throws IOException {
    this.name = name;
    this.server =
        builder
            .addService(ServerInterceptors.intercept(regionSync, new Auth()))
            .addService(ServerInterceptors.intercept(new FakePersons(), new Auth()))
            .build()
            .start();
  }

  /** A fake on a free local TCP port, for the command line. */
  public static FakeHub onFreePort() throws IOException {
    return new FakeHub(Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()), null);
  }

  static FakeHub inProcess() throws IOException {
    String name = "fake-hub-" + UUID.randomUUID();
    return new FakeHub(InProcessServerBuilder.forName(name), name);
  }

  /** The TCP port of a fake made by {@link #onFreePort()}. */
  public int port() {
    return server.getPort();
  }

  HubClient client(String token) {
    return new HubClient(InProcessChannelBuilder.forName(name), token, Duration.ofSeconds(5));
  }

  /** The feed that {@code Subscribe} serves and accepted facts are appended to. */
  public FakeFeed feed() {
    return regionSync.feed;
  }

  /**
   * The next stream that receives batch {@code sequence} records it, then fails with UNAVAILABLE.
   */
  public void cutStreamOnceAt(long sequence) {
    regionSync.cutOnceAt.set(sequence);
  }

  static com.google.rpc.Status idNumberRefusal(String recordId) {
    return com.google.rpc.Status.newBuilder()
        .setCode(Code.INVALID_ARGUMENT_VALUE)
        .setMessage("invalid fact")
        .addDetails(
            Any.pack(
                BadRequest.newBuilder()
                    .addFieldViolations(
                        BadRequest.FieldViolation.newBuilder()
                            .setField("person.idNumber")
                            .setDescription("check character is wrong"))
                    .build()))
        .addDetails(
            Any.pack(
                ErrorInfo.newBuilder()
                    .setDomain("tongchou.org")
                    .setReason("ID_NUMBER_CHECK_FAILED")
                    .putMetadata("recordId", recordId)
                    .build()))
        .build();
  }

  @Override
  public void close() throws InterruptedException {
    server.shutdownNow().awaitTermination();
  }

  private final class Auth implements ServerInterceptor {
    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
        ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
      String authorization = headers.get(AUTHORIZATION);
      authorizations.add(String.valueOf(authorization));
      if (!("Bearer " + TOKEN).equals(authorization)) {
        call.close(Status.UNAUTHENTICATED.withDescription("unknown credential"), new Metadata());
        return new ServerCall.Listener<>() {};
      }
      return next.startCall(call, headers);
    }
  }
}
