package org.tongchou.hub.feed.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.erasure.app.PersonalTexts;
import org.tongchou.hub.feed.app.FeedHead;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.FeedCredit;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.FeedStart;
import org.tongchou.proto.v1.SubscribeRequest;

/**
 * {@code RegionSync.Subscribe}: checks the requests and runs a {@link FeedSubscription}. When the
 * hub stops, it ends every open subscription with UNAVAILABLE before the gRPC server goes down, so
 * that adapters resume instead of seeing a cancelled call.
 */
@Component
public class FeedService implements SmartLifecycle {

  /** Stops before the gRPC server (which stops in the phase just below). */
  public static final int PHASE = Integer.MAX_VALUE;

  private final Set<FeedSubscription> open = ConcurrentHashMap.newKeySet();
  private volatile boolean running;

  static final long MAX_CREDIT = 1_000_000;
  static final int DEFAULT_INTERVAL_MS = 2_000;

  private final FeedReader reader;
  private final FeedHead feedHead;
  private final ScheduledExecutorService executor;
  private final Clock clock;
  private final RegionDirectory regions;
  private final PersonalTexts texts;
  private final FeedReads reads;

  FeedService(
      FeedReader reader,
      FeedHead head,
      @Qualifier("feedExecutor") ScheduledExecutorService executor,
      Clock clock,
      RegionDirectory regions,
      PersonalTexts texts,
      FeedReads reads) {
    this.reads = reads;
    this.regions = regions;
    this.texts = texts;
    this.reader = reader;
    this.feedHead = head;
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false; // from now on a new subscription is refused with the same error
    List.copyOf(open).forEach(FeedSubscription::shutDown);
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  public StreamObserver<SubscribeRequest> subscribe(
      Caller caller, StreamObserver<FeedItem> responses) {
    ServerCallStreamObserver<FeedItem> out = (ServerCallStreamObserver<FeedItem>) responses;
    // gRPC takes these handlers only now, before the first request arrives.
    AtomicReference<FeedSubscription> opened = new AtomicReference<>();
    out.setOnReadyHandler(
        () -> {
          if (opened.get() != null) {
            opened.get().schedule();
          }
        });
    out.setOnCancelHandler(
        () -> {
          if (opened.get() != null) {
            opened.get().close();
          }
        });
    return new StreamObserver<>() {
      private FeedSubscription subscription;
      private boolean ended;

      @Override
      public void onNext(SubscribeRequest request) {
        if (ended) {
          return;
        }
        RuntimeException refusal = subscription == null ? start(request) : credit(request);
        if (refusal != null) {
          ended = true;
          if (subscription != null) {
            subscription.end(refusal); // under the subscription's lock, never beside a send
          } else {
            out.onError(refusal);
          }
        }
      }

      private RuntimeException start(SubscribeRequest request) {
        if (!request.hasStart()) {
          return FeedErrors.invalid("start", "the first request must be start");
        }
        if (!running) {
          return FeedErrors.shuttingDown();
        }
        FeedStart start = request.getStart();
        long head = reader.head();
        if (start.getFromEnd() && start.getAfterPosition() != 0) {
          return FeedErrors.invalid("start.after_position", "must be 0 when from_end is set");
        }
        if (start.getAfterPosition() < 0 || start.getAfterPosition() > head) {
          return FeedErrors.invalid(
              "start.after_position",
              "must be between 0 and the feed's end, "
                  + head
                  + ", got "
                  + start.getAfterPosition());
        }
        if (start.getCredit() < 0 || start.getCredit() > MAX_CREDIT) {
          return FeedErrors.invalid("start.credit", "must be between 0 and " + MAX_CREDIT);
        }
        int interval =
            start.getCheckpointIntervalMs() == 0
                ? DEFAULT_INTERVAL_MS
                : start.getCheckpointIntervalMs();
        if (interval < 100 || interval > 60_000) {
          return FeedErrors.invalid(
              "start.checkpoint_interval_ms", "must be 0 or between 100 and 60000");
        }
        // An auditor's feed is everything; anyone else's is their jurisdiction, never "null".
        String scope =
            caller.seesEverything()
                ? null
                : Objects.requireNonNull(
                    caller.jurisdiction(), "a region or office always has a jurisdiction");
        long after = start.getFromEnd() ? head : start.getAfterPosition();
        boolean withImported = !start.getSkipImported();
        RuntimeException unlogged = reads.opening(caller, scope, withImported, after);
        if (unlogged != null) {
          return unlogged;
        }
        FeedSubscription opening =
            new FeedSubscription(
                out,
                reader,
                feedHead,
                scope,
                withImported,
                after,
                interval,
                executor,
                clock,
                regions,
                texts,
                (first, last, persons) ->
                    reads.page(caller, scope, withImported, first, last, persons));
        subscription = opening;
        open.add(opening);
        opened.set(opening);
        AtomicBoolean closedOnce = new AtomicBoolean();
        opening.open(
            start.getCredit(),
            () -> {
              open.remove(opening);
              if (closedOnce.compareAndSet(false, true)) {
                reads.closed(
                    caller, scope, withImported, after, opening.cursor(), opening.delivered());
              }
            });
        return null;
      }

      private RuntimeException credit(SubscribeRequest request) {
        FeedCredit credit = request.getCredit();
        if (!request.hasCredit() || credit.getItems() < 1 || credit.getItems() > MAX_CREDIT) {
          return FeedErrors.invalid(
              "credit.items", "after start, send credit of 1 to " + MAX_CREDIT);
        }
        subscription.grant(credit.getItems());
        return null;
      }

      @Override
      public void onError(Throwable t) {
        if (subscription != null) {
          subscription.close();
        }
      }

      @Override
      public void onCompleted() {
        if (subscription != null) {
          subscription.complete();
        } else if (!ended) {
          out.onCompleted();
        }
      }
    };
  }
}
