package org.tongchou.adapter.hub;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.GetTimelineRequest;
import org.tongchou.proto.v1.IdentitiesGrpc;
import org.tongchou.proto.v1.PersonsGrpc;
import org.tongchou.proto.v1.PoliciesGrpc;
import org.tongchou.proto.v1.RegionSyncGrpc;
import org.tongchou.proto.v1.ReplayGrpc;
import org.tongchou.proto.v1.Timeline;

/**
 * A connection to the hub: one channel with the retry policy and the region's credential. Share one
 * per process; it multiplexes every call, including parallel {@code Submit} streams and long-lived
 * {@code Subscribe} feeds.
 */
public final class HubClient implements AutoCloseable {

  private final ManagedChannel channel;
  private final BearerToken credential;
  private final Duration callTimeout;

  /**
   * Connects (lazily, on the first call) to {@code host:port} over plaintext.
   *
   * @param callTimeout the deadline of every unary call
   * @throws IllegalArgumentException when the token cannot be sent as a header
   */
  public static HubClient connect(String hostAndPort, String token, Duration callTimeout) {
    return connect(hostAndPort, token, null, callTimeout);
  }

  /**
   * Connects over TLS when {@code tls} is given (the region's certificate then identifies it and
   * {@code token} may be null), else over plaintext with the token. {@code hostAndPort} may list
   * several hub nodes, {@code host:port,host:port}: calls are then spread over them with gRPC's
   * {@code round_robin} policy, and a node that is down gets none (deploy/README.md).
   */
  public static HubClient connect(
      String hostAndPort, String token, HubTls tls, Duration callTimeout) {
    ManagedChannelBuilder<?> builder =
        Grpc.newChannelBuilder(
                HubAddresses.target(hostAndPort),
                tls == null ? InsecureChannelCredentials.create() : tls.credentials())
            // Keepalive lets a long-lived feed notice a dead connection. No more often than every
            // 5 minutes: that is grpc-java's default permitKeepAliveTime, which the hub keeps, and
            // a
            // client pinging faster is cut off with ENHANCE_YOUR_CALM. Only while a call is open.
            .keepAliveTime(5, TimeUnit.MINUTES)
            .keepAliveTimeout(20, TimeUnit.SECONDS);
    if (HubAddresses.isList(hostAndPort)) {
      builder.defaultLoadBalancingPolicy("round_robin");
    }
    return new HubClient(builder, token, callTimeout);
  }

  /** Builds on any channel builder, e.g. an in-process one in tests. */
  HubClient(ManagedChannelBuilder<?> builder, String token, Duration callTimeout) {
    this.credential = token == null ? null : new BearerToken(token);
    this.callTimeout = callTimeout;
    this.channel = builder.enableRetry().defaultServiceConfig(RetryPolicy.serviceConfig()).build();
  }

  /**
   * Reads a person's timeline. {@code purpose} is recorded in the hub's access log.
   *
   * @throws HubCallException with the hub's code and field violations when the call fails
   */
  public Timeline timeline(String idNumber, String purpose) throws HubCallException {
    GetTimelineRequest request =
        GetTimelineRequest.newBuilder().setIdNumber(idNumber).setPurpose(purpose).build();
    try {
      return withDeadline(PersonsGrpc.newBlockingStub(channel)).getTimeline(request);
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }

  /**
   * The Assessment stub with the credential and the call deadline. A fresh one per call: the
   * deadline runs from here, and a server stream must end within it too.
   */
  AssessmentGrpc.AssessmentBlockingStub assessment() {
    return withDeadline(AssessmentGrpc.newBlockingStub(channel));
  }

  /** The Coordination stub (offices' and regions' acts on obligations) with the call deadline. */
  CoordinationGrpc.CoordinationBlockingStub coordination() {
    return withDeadline(CoordinationGrpc.newBlockingStub(channel));
  }

  /** The Identities stub with the credential and the call deadline. */
  IdentitiesGrpc.IdentitiesBlockingStub identities() {
    return withDeadline(IdentitiesGrpc.newBlockingStub(channel));
  }

  org.tongchou.proto.v1.LinkRequestsServiceGrpc.LinkRequestsServiceBlockingStub linkRequests() {
    return withDeadline(org.tongchou.proto.v1.LinkRequestsServiceGrpc.newBlockingStub(channel));
  }

  /** The Policies stub with the credential and the call deadline. */
  PoliciesGrpc.PoliciesBlockingStub policies() {
    return withDeadline(PoliciesGrpc.newBlockingStub(channel));
  }

  /** The Replay stub with the credential and the call deadline, for its unary calls. */
  ReplayGrpc.ReplayBlockingStub replay() {
    return withDeadline(ReplayGrpc.newBlockingStub(channel));
  }

  /** The Evidence stub with the credential and the call deadline. */
  org.tongchou.proto.v1.EvidenceGrpc.EvidenceBlockingStub evidence() {
    return withDeadline(org.tongchou.proto.v1.EvidenceGrpc.newBlockingStub(channel));
  }

  /**
   * The Evidence stub with the credential and no deadline: an export of everything takes as long as
   * it takes.
   */
  org.tongchou.proto.v1.EvidenceGrpc.EvidenceBlockingStub evidenceStream() {
    var stub = org.tongchou.proto.v1.EvidenceGrpc.newBlockingStub(channel);
    return credential == null ? stub : stub.withCallCredentials(credential);
  }

  /**
   * The AccessLog stub with the credential and the call deadline (a stream must end within it too).
   */
  org.tongchou.proto.v1.AccessLogGrpc.AccessLogBlockingStub accessLog() {
    return withDeadline(org.tongchou.proto.v1.AccessLogGrpc.newBlockingStub(channel));
  }

  /** The History stub with the credential and the call deadline. */
  org.tongchou.proto.v1.HistoryGrpc.HistoryBlockingStub history() {
    return withDeadline(org.tongchou.proto.v1.HistoryGrpc.newBlockingStub(channel));
  }

  /**
   * The Replay stub with the credential and a deadline of its own: a replay of a long log takes a
   * while.
   */
  org.tongchou.proto.v1.ReplayGrpc.ReplayBlockingStub replay(Duration deadline) {
    org.tongchou.proto.v1.ReplayGrpc.ReplayBlockingStub stub =
        org.tongchou.proto.v1.ReplayGrpc.newBlockingStub(channel);
    return (credential == null ? stub : stub.withCallCredentials(credential))
        .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
  }

  private <S extends AbstractStub<S>> S withDeadline(S stub) {
    return (credential == null ? stub : stub.withCallCredentials(credential))
        .withDeadlineAfter(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The streaming stub with the credential; the caller sets the deadline of each stream, if any.
   */
  RegionSyncGrpc.RegionSyncStub regionSync() {
    RegionSyncGrpc.RegionSyncStub stub = RegionSyncGrpc.newStub(channel);
    return credential == null ? stub : stub.withCallCredentials(credential);
  }

  /**
   * Makes the next call try to connect at once instead of waiting out the channel's own reconnect
   * backoff, which would otherwise turn our reconnect attempts into immediate failures.
   */
  void resetConnectBackoff() {
    channel.resetConnectBackoff();
  }

  /**
   * Closes the channel at once: calls in progress fail with UNAVAILABLE and new ones are refused.
   * For a stop that must not wait for the hub, e.g. when a graceful one took too long.
   */
  public void abort() {
    channel.shutdownNow();
  }

  /** Closes the channel, waiting briefly for calls in progress. */
  @Override
  public void close() {
    channel.shutdown();
    try {
      if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
        channel.shutdownNow();
      }
    } catch (InterruptedException e) {
      channel.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
