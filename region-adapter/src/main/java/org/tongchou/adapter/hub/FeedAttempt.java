package org.tongchou.adapter.hub;

import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.tongchou.proto.v1.FeedItem;

/**
 * Consumes one {@code Subscribe} call on the caller's thread: hands each item to the listener,
 * records its position, grants credit as the window allows, and returns how the call ended.
 */
final class FeedAttempt {

  /**
   * How a call ended.
   *
   * @param status the final status; OK when the hub completed it or the subscriber was closed
   * @param error what the call failed with, null if it did not, for the hub's error details
   * @param delivered whether any item was handed to the listener
   */
  record Outcome(Status status, Throwable error, boolean delivered) {}

  /** Where items go: a {@link FeedListener} or a {@link FeedItemListener}, behind one shape. */
  @FunctionalInterface
  interface Sink {
    void accept(FeedEntry entry, FeedItem item);
  }

  private final FeedStream stream;
  private final CreditWindow credit;
  private final AtomicLong lastPosition;
  private final BooleanSupplier closed;
  private boolean delivered;

  FeedAttempt(
      FeedStream stream, CreditWindow credit, AtomicLong lastPosition, BooleanSupplier closed) {
    this.stream = stream;
    this.credit = credit;
    this.lastPosition = lastPosition;
    this.closed = closed;
  }

  /**
   * @param silence how long to wait for an item before presuming the connection lost: with credit
   *     outstanding the hub sends at least a checkpoint per interval, so a longer silence means a
   *     connection that died without telling (which keepalive, at the hub's allowed 5 minutes,
   *     would notice much later)
   */
  Outcome consume(Sink listener, Duration silence) throws InterruptedException {
    try {
      while (!closed.getAsBoolean()) {
        FeedStream.Signal signal = stream.next(silence);
        if (signal == null) {
          String why = "no item for " + silence.toSeconds() + " s although credit was outstanding";
          stream.cancel(why);
          return new Outcome(Status.UNAVAILABLE.withDescription(why), null, delivered);
        }
        if (signal instanceof FeedStream.Ended ended) {
          Status status = ended.error() == null ? Status.OK : Status.fromThrowable(ended.error());
          return new Outcome(status, ended.error(), delivered);
        }
        if (signal instanceof FeedStream.Arrived arrived) {
          deliver(listener, arrived);
        }
      }
      stream.cancel("the subscriber was closed");
      return new Outcome(Status.OK, null, delivered);
    } catch (RuntimeException | InterruptedException e) {
      stream.cancel("the subscriber failed: " + e);
      throw e;
    }
  }

  private void deliver(Sink listener, FeedStream.Arrived arrived) {
    listener.accept(arrived.entry(), arrived.item());
    lastPosition.set(
        arrived
            .entry()
            .position()); // after the listener: a failed entry is received again on resume
    delivered = true;
    long more = credit.consumed();
    if (more > 0) {
      stream.grant(more);
    }
  }
}
