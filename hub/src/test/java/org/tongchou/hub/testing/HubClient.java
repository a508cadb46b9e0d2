package org.tongchou.hub.testing;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.GetTimelineRequest;
import org.tongchou.proto.v1.PersonsGrpc;
import org.tongchou.proto.v1.RegionSyncGrpc;
import org.tongchou.proto.v1.SubmitRequest;
import org.tongchou.proto.v1.SubmitResponse;
import org.tongchou.proto.v1.Timeline;

/** A region's side of a real loopback channel to the hub under test. */
public final class HubClient implements AutoCloseable {

  private final ManagedChannel channel;
  private final String token;
  private final Metadata extra;

  public HubClient(int port, String token) {
    this(NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build(), token);
  }

  /** Over a channel built by the test, e.g. with TLS; {@code token} may be null. */
  public HubClient(ManagedChannel channel, String token) {
    this(channel, token, new Metadata());
  }

  /** The same, sending {@code extra} headers on every call too (an attacker's, say). */
  public HubClient(ManagedChannel channel, String token, Metadata extra) {
    this.channel = channel;
    this.token = token;
    this.extra = extra;
  }

  private Metadata credentials() {
    Metadata metadata = new Metadata();
    metadata.merge(extra);
    if (token != null) {
      metadata.put(
          Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
    }
    return metadata;
  }

  /** Sends each list as one batch on one stream and returns all outcomes in order. */
  @SafeVarargs
  public final List<FactOutcome> submit(List<Fact>... batches) {
    return submit(false, batches);
  }

  /** As {@link #submit(List[])}, each batch marked as part of an import (issue #15). */
  @SafeVarargs
  public final List<FactOutcome> submitImported(List<Fact>... batches) {
    return submit(true, batches);
  }

  private List<FactOutcome> submit(boolean imported, List<Fact>[] batches) {
    CompletableFuture<List<FactOutcome>> done = new CompletableFuture<>();
    List<FactOutcome> outcomes = new ArrayList<>();
    StreamObserver<SubmitRequest> requests =
        RegionSyncGrpc.newStub(channel)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(credentials()))
            .withDeadlineAfter(60, TimeUnit.SECONDS)
            .submit(
                new StreamObserver<>() {
                  @Override
                  public void onNext(SubmitResponse response) {
                    outcomes.addAll(response.getOutcomesList());
                  }

                  @Override
                  public void onError(Throwable t) {
                    done.completeExceptionally(t);
                  }

                  @Override
                  public void onCompleted() {
                    done.complete(outcomes);
                  }
                });
    long sequence = 0;
    for (List<Fact> batch : batches) {
      requests.onNext(
          SubmitRequest.newBuilder()
              .setBatchSequence(++sequence)
              .setImported(imported)
              .addAllFacts(batch)
              .build());
    }
    requests.onCompleted();
    try {
      return done.get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public FactOutcome submitOne(Fact fact) {
    return submit(List.of(fact)).get(0);
  }

  public Timeline timeline(String idNumber) {
    return PersonsGrpc.newBlockingStub(channel)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(credentials()))
        .withDeadlineAfter(30, TimeUnit.SECONDS)
        .getTimeline(GetTimelineRequest.newBuilder().setIdNumber(idNumber).build());
  }

  /** A stub of any service of the hub, carrying this client's credential. */
  public <T extends io.grpc.stub.AbstractStub<T>> T authorized(T stub) {
    return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(credentials()))
        .withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  public ManagedChannel channel() {
    return channel;
  }

  @Override
  public void close() {
    channel.shutdownNow();
  }
}
