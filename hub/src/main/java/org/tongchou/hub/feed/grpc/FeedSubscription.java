package org.tongchou.hub.feed.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.feed.app.FeedSignal;
import org.tongchou.proto.v1.FeedItem;

/**
 * One region's open feed. It holds no items: each drain reads at most one page, no more than the
 * credit left, straight from the store and only while gRPC says the client can take more. So a
 * slow region costs the hub one cursor and one credit counter, however far behind it is.
 */
final class FeedSubscription {

    static final int PAGE = 200;

    private final ServerCallStreamObserver<FeedItem> out;
    private final FeedReader reader;
    private final FeedSignal signal;
    private final String jurisdiction;
    private final long intervalMs;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final AtomicLong credit = new AtomicLong();
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final Runnable wakeUp = this::schedule;
    private volatile long cursor;
    private volatile long lastSentAt;
    private volatile boolean closed;
    private ScheduledFuture<?> heartbeat;

    FeedSubscription(ServerCallStreamObserver<FeedItem> out, FeedReader reader, FeedSignal signal,
                     String jurisdiction, long after, long intervalMs, ScheduledExecutorService executor, Clock clock) {
        this.out = out;
        this.reader = reader;
        this.signal = signal;
        this.jurisdiction = jurisdiction;
        this.cursor = after;
        this.intervalMs = intervalMs;
        this.executor = executor;
        this.clock = clock;
        this.lastSentAt = clock.millis();
    }

    void open(long initialCredit) {
        credit.set(initialCredit);
        signal.subscribe(wakeUp);
        heartbeat = executor.scheduleAtFixedRate(wakeUp, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
        schedule();
    }

    void grant(long items) {
        credit.addAndGet(items);
        schedule();
    }

    /** Coalesces wake-ups: one drain runs at a time and runs again if woken meanwhile. */
    void schedule() {
        if (!closed && wakeUps.getAndIncrement() == 0) {
            executor.execute(this::drainWhileWoken);
        }
    }

    private void drainWhileWoken() {
        int seen;
        do {
            seen = wakeUps.get();
            try {
                drain();
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
        } while (wakeUps.addAndGet(-seen) != 0);
    }

    private void drain() {
        while (!closed && credit.get() > 0 && out.isReady()) {
            long head = reader.head();
            int limit = (int) Math.min(credit.get(), PAGE);
            List<FeedReader.Entry> entries = reader.read(jurisdiction, cursor, head, limit);
            for (FeedReader.Entry entry : entries) {
                send(FeedItems.of(entry));
                cursor = entry.position();
            }
            if (entries.size() < limit) {
                // Nothing else up to head concerns this region: the cursor may skip to head.
                cursor = Math.max(cursor, head);
                if (clock.millis() - lastSentAt >= intervalMs && credit.get() > 0) {
                    send(FeedItems.checkpoint(cursor, clock.instant()));
                }
                return;
            }
        }
    }

    private void send(FeedItem item) {
        synchronized (out) {
            if (closed) {
                return;
            }
            out.onNext(item);
        }
        credit.decrementAndGet();
        lastSentAt = clock.millis();
    }

    private void fail(RuntimeException e) {
        synchronized (out) {
            if (!closed) {
                closed = true;
                out.onError(FeedErrors.unavailable(e));
            }
        }
        close();
    }

    /** The hub is stopping: the subscriber resumes elsewhere or later. */
    void shutDown() {
        synchronized (out) {
            if (!closed) {
                closed = true;
                out.onError(FeedErrors.shuttingDown());
            }
        }
        close();
    }

    void complete() {
        synchronized (out) {
            if (!closed) {
                closed = true;
                out.onCompleted();
            }
        }
        close();
    }

    void close() {
        closed = true;
        signal.unsubscribe(wakeUp);
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
    }
}
