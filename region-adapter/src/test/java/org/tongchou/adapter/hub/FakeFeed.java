package org.tongchou.adapter.hub;

import com.google.protobuf.Any;
import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.tongchou.proto.v1.FeedCheckpoint;
import org.tongchou.proto.v1.FeedConflict;
import org.tongchou.proto.v1.FeedFact;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.FeedStart;
import org.tongchou.proto.v1.SubscribeRequest;

/**
 * The fake hub's feed: every appended fact or conflict concerns every region, positions are 1, 2,
 * 3, ... A subscription sends what its credit allows, and a checkpoint each time it catches up (the
 * real hub also sends one per interval; tests must not wait for time). Records every start and the
 * most credit any subscription held, and can cut a stream once.
 */
public final class FakeFeed {

  private final List<FeedItem> items = new ArrayList<>();
  private final List<Subscription> open = new CopyOnWriteArrayList<>();
  private final List<FeedStart> starts = new CopyOnWriteArrayList<>();
  private final AtomicLong cutAfter = new AtomicLong(-1);
  private volatile Status.Code cutCode = Status.Code.UNAVAILABLE;
  private final AtomicLong maxOutstanding = new AtomicLong();
  private final AtomicLong granted = new AtomicLong();
  private final AtomicLong sent = new AtomicLong();

  /** Appends a fact; returns its position. */
  public long appendFact(FeedFact fact) {
    return append(FeedItem.newBuilder().setFact(fact));
  }

  /** Appends a conflict; returns its position. */
  public long appendConflict(FeedConflict conflict) {
    return append(FeedItem.newBuilder().setConflict(conflict));
  }

  /** The stream that sends the item at {@code position} ends with {@code code} right after it. */
  public void cutOnceAfter(long position, Status.Code code) {
    cutCode = code;
    cutAfter.set(position);
  }

  /** Every subscription's start request, in order. */
  public List<FeedStart> starts() {
    return List.copyOf(starts);
  }

  /** The most credit any subscription held at once: granted and not yet used by an item. */
  public long maxOutstanding() {
    return maxOutstanding.get();
  }

  /** Credit granted so far, starts included, over all subscriptions. */
  public long granted() {
    return granted.get();
  }

  /** Items sent so far, checkpoints included, over all subscriptions. */
  public long sent() {
    return sent.get();
  }

  StreamObserver<SubscribeRequest> subscribe(StreamObserver<FeedItem> out) {
    Subscription subscription = new Subscription(out);
    open.add(subscription);
    return subscription;
  }

  private long append(FeedItem.Builder item) {
    long position;
    synchronized (this) {
      position = items.size() + 1;
      items.add(item.setPosition(position).build());
    }
    open.forEach(Subscription::pump);
    return position;
  }

  private synchronized FeedItem after(long position) {
    return position < items.size() ? items.get((int) position) : null;
  }

  private synchronized long lastPosition() {
    return items.size();
  }

  private final class Subscription implements StreamObserver<SubscribeRequest> {

    private final StreamObserver<FeedItem> out;
    private boolean started;
    private boolean ended;
    private long cursor;
    private long credit;
    private long checkpointedAt = -1;

    Subscription(StreamObserver<FeedItem> out) {
      this.out = out;
    }

    @Override
    public synchronized void onNext(SubscribeRequest request) {
      if (ended) {
        return;
      }
      if (!started) {
        if (!request.hasStart()) {
          finish(
              Status.INVALID_ARGUMENT
                  .withDescription("the first request must be start")
                  .asRuntimeException());
          return;
        }
        starts.add(request.getStart());
        if (request.getStart().getAfterPosition() > lastPosition()) {
          finish(afterBeyondEnd(request.getStart().getAfterPosition()));
          return;
        }
        started = true;
        cursor = request.getStart().getAfterPosition();
        grant(request.getStart().getCredit());
      } else {
        grant(request.getCredit().getItems());
      }
      pump();
    }

    synchronized void pump() {
      while (started && !ended && credit > 0) {
        FeedItem next = after(cursor);
        if (next == null && checkpointedAt == cursor) {
          return;
        }
        FeedItem item = next != null ? next : checkpoint(cursor);
        checkpointedAt = next != null ? checkpointedAt : cursor;
        cursor = item.getPosition();
        credit--;
        sent.incrementAndGet();
        out.onNext(item);
        if (next != null && cutAfter.compareAndSet(cursor, -1)) {
          finish(Status.fromCode(cutCode).withDescription("hub restarting").asRuntimeException());
        }
      }
    }

    @Override
    public synchronized void onError(Throwable t) {
      ended = true;
      open.remove(this);
    }

    @Override
    public synchronized void onCompleted() {
      finish(null);
    }

    private void grant(long items) {
      credit += items;
      granted.addAndGet(items);
      maxOutstanding.accumulateAndGet(credit, Math::max);
    }

    private void finish(Throwable error) {
      ended = true;
      open.remove(this);
      if (error == null) {
        out.onCompleted();
      } else {
        out.onError(error);
      }
    }
  }

  private static FeedItem checkpoint(long position) {
    Timestamp at = FeedFixtures.timestamp(Instant.now());
    return FeedItem.newBuilder()
        .setPosition(position)
        .setCheckpoint(FeedCheckpoint.newBuilder().setAt(at))
        .build();
  }

  private static RuntimeException afterBeyondEnd(long after) {
    return StatusProto.toStatusRuntimeException(
        com.google.rpc.Status.newBuilder()
            .setCode(Code.INVALID_ARGUMENT_VALUE)
            .setMessage("after_position is beyond the feed's end")
            .addDetails(
                Any.pack(
                    BadRequest.newBuilder()
                        .addFieldViolations(
                            BadRequest.FieldViolation.newBuilder()
                                .setField("start.after_position")
                                .setDescription(after + " was never issued"))
                        .build()))
            .build());
  }
}
