package org.tongchou.workload.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tongchou.adapter.hub.FeedEntry;
import org.tongchou.adapter.hub.FeedListener;

/**
 * The feed side of the latency bench: notes when the first checkpoint says the subscriber has read
 * to the feed's end, and when each fact of this run arrived. Everything else on the feed (other
 * persons, conflicts, earlier runs) is ignored, so a busy feed cannot skew the count.
 */
public final class FeedArrivals implements FeedListener {

  private static final long POLL_MILLIS = 10;

  private final Set<String> recordIds;
  private final Map<String, Instant> arrived = new ConcurrentHashMap<>();
  private final Map<String, Long> positions = new ConcurrentHashMap<>();
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private volatile long endPosition = -1;

  /**
   * @param recordIds the record ids of the facts this run pushes
   */
  public FeedArrivals(Set<String> recordIds) {
    this.recordIds = Set.copyOf(recordIds);
  }

  @Override
  public void accept(FeedEntry entry) {
    if (entry instanceof FeedEntry.Checkpoint checkpoint && endPosition < 0) {
      endPosition = checkpoint.position();
      caughtUp.countDown();
    } else if (entry instanceof FeedEntry.Fact fact && recordIds.contains(fact.recordId())) {
      arrived.putIfAbsent(
          fact.recordId(), fact.receivedAt()); // the arrival stamped by gRPC, not now
      positions.putIfAbsent(fact.recordId(), fact.position());
    }
  }

  /** Tells a caller waiting in {@link #awaitCaughtUp} that the feed ended without getting there. */
  public void feedEnded() {
    caughtUp.countDown();
  }

  /**
   * The position of the first checkpoint, once it came; empty if the feed ended or {@code limit}
   * passed first.
   */
  public OptionalLong awaitCaughtUp(Duration limit) throws InterruptedException {
    caughtUp.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    long end = endPosition;
    return end < 0 ? OptionalLong.empty() : OptionalLong.of(end);
  }

  /**
   * Waits until every one of {@code expected} has arrived, or {@code grace} has passed. Polling is
   * enough: arrival times are stamped on receipt, not when this looks.
   *
   * @return how many did not arrive
   */
  public int awaitAll(Collection<String> expected, Duration grace) throws InterruptedException {
    List<String> missing = new ArrayList<>(expected);
    long deadline = System.nanoTime() + grace.toNanos();
    missing.removeIf(arrived::containsKey);
    while (!missing.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(POLL_MILLIS);
      missing.removeIf(arrived::containsKey);
    }
    return missing.size();
  }

  /** The record ids of {@code expected} that have not arrived (yet). */
  public List<String> notArrived(Collection<String> expected) {
    return expected.stream().filter(id -> !arrived.containsKey(id)).toList();
  }

  /** Where in the feed each fact of this run that arrived stands, by record id. */
  public Map<String, Long> positions() {
    return Map.copyOf(positions);
  }

  /** When each fact of this run arrived so far, by record id. */
  public Map<String, Instant> arrivals() {
    return Map.copyOf(arrived);
  }
}
