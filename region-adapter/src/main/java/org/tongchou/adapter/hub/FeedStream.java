package org.tongchou.adapter.hub;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tongchou.proto.v1.FeedCredit;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.FeedStart;
import org.tongchou.proto.v1.SubscribeRequest;

/**
 * One {@code Subscribe} call. gRPC threads only stamp and enqueue what arrives; the consumer thread
 * takes it with {@link #next} and is the only one that writes to the call (start, credit, cancel),
 * because a request observer must not be used from two threads at once. The queue needs no bound of
 * its own: credit already bounds it to the window.
 */
final class FeedStream implements ClientResponseObserver<SubscribeRequest, FeedItem> {

  /** What the consumer takes next. */
  sealed interface Signal {}

  /** An item arrived: as received, and mapped to an entry. */
  record Arrived(FeedItem item, FeedEntry entry) implements Signal {}

  /** The call ended: {@code error} is null when the hub completed it. */
  record Ended(Throwable error) implements Signal {}

  /** {@link #stop()} was called: wakes a consumer waiting for items. */
  record Stopped() implements Signal {}

  private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
  private ClientCallStreamObserver<SubscribeRequest> requests;

  private FeedStream() {}

  /** Opens the call and sends {@code start}; no deadline, as a feed is meant to run for days. */
  static FeedStream open(HubClient hub, FeedStart start) {
    FeedStream stream = new FeedStream();
    hub.regionSync().subscribe(stream);
    stream.requests.onNext(SubscribeRequest.newBuilder().setStart(start).build());
    return stream;
  }

  /** The next signal, or null when nothing came for {@code silence}. */
  Signal next(Duration silence) throws InterruptedException {
    return signals.poll(silence.toNanos(), TimeUnit.NANOSECONDS);
  }

  void grant(long items) {
    requests.onNext(
        SubscribeRequest.newBuilder().setCredit(FeedCredit.newBuilder().setItems(items)).build());
  }

  void cancel(String why) {
    requests.cancel(why, null);
  }

  /** Wakes the consumer; safe from any thread. */
  void stop() {
    signals.add(new Stopped());
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<SubscribeRequest> requestStream) {
    this.requests = requestStream;
  }

  @Override
  public void onNext(FeedItem item) {
    Instant now = Instant.now(); // first: the arrival time is what a latency bench measures
    signals.add(new Arrived(item, FeedEntries.of(item, now)));
  }

  @Override
  public void onError(Throwable error) {
    signals.add(new Ended(error));
  }

  @Override
  public void onCompleted() {
    signals.add(new Ended(null));
  }
}
