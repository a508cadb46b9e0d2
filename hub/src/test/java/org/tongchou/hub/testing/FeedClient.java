package org.tongchou.hub.testing;

import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tongchou.proto.v1.FeedCredit;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.FeedStart;
import org.tongchou.proto.v1.RegionSyncGrpc;
import org.tongchou.proto.v1.SubscribeRequest;

/** A region's subscription in a test: items land in a queue; credit is granted by hand. */
public final class FeedClient implements AutoCloseable {

  private final BlockingQueue<FeedItem> items = new LinkedBlockingQueue<>();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private final StreamObserver<SubscribeRequest> requests;

  public FeedClient(HubClient hub, String token, long after, long credit, int intervalMs) {
    this(
        hub,
        token,
        FeedStart.newBuilder()
            .setAfterPosition(after)
            .setCredit(credit)
            .setCheckpointIntervalMs(intervalMs)
            .build());
  }

  /** Subscribes from the feed's current end. */
  public static FeedClient fromEnd(HubClient hub, String token, long credit) {
    return new FeedClient(
        hub,
        token,
        FeedStart.newBuilder()
            .setFromEnd(true)
            .setCredit(credit)
            .setCheckpointIntervalMs(60_000)
            .build());
  }

  /** Subscribes with any start request. */
  public FeedClient(HubClient hub, String token, FeedStart start) {
    Metadata metadata = new Metadata();
    metadata.put(
        Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
    requests =
        RegionSyncGrpc.newStub(hub.channel())
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata))
            .subscribe(
                new StreamObserver<>() {
                  @Override
                  public void onNext(FeedItem item) {
                    items.add(item);
                  }

                  @Override
                  public void onError(Throwable t) {
                    ended.completeExceptionally(t);
                  }

                  @Override
                  public void onCompleted() {
                    ended.complete(null);
                  }
                });
    requests.onNext(SubscribeRequest.newBuilder().setStart(start).build());
  }

  public void grant(long more) {
    requests.onNext(
        SubscribeRequest.newBuilder().setCredit(FeedCredit.newBuilder().setItems(more)).build());
  }

  /** The next item, or null after the timeout. */
  public FeedItem next(long timeoutMs) {
    try {
      return items.poll(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Waits for the next non-checkpoint item, or null. */
  public FeedItem nextEvent(long timeoutMs) {
    long until = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < until) {
      FeedItem item = next(until - System.currentTimeMillis());
      if (item != null && !item.hasCheckpoint()) {
        return item;
      }
    }
    return null;
  }

  public List<FeedItem> drained() {
    List<FeedItem> all = new ArrayList<>();
    items.drainTo(all);
    return all;
  }

  public CompletableFuture<Void> ended() {
    return ended;
  }

  @Override
  public void close() {
    try {
      requests.onCompleted();
    } catch (IllegalStateException alreadyClosed) {
      // the hub ended the stream first
    }
  }
}
