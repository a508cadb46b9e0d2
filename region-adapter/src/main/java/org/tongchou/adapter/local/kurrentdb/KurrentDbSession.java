package org.tongchou.adapter.local.kurrentdb;

import io.kurrent.dbclient.AppendToStreamOptions;
import io.kurrent.dbclient.EventData;
import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.ReadResult;
import io.kurrent.dbclient.ReadStreamOptions;
import io.kurrent.dbclient.RecordedEvent;
import io.kurrent.dbclient.ResolvedEvent;
import io.kurrent.dbclient.StreamMetadata;
import io.kurrent.dbclient.StreamNotFoundException;
import io.kurrent.dbclient.StreamState;
import io.kurrent.dbclient.SubscribeToStreamOptions;
import io.kurrent.dbclient.Subscription;
import io.kurrent.dbclient.SubscriptionListener;
import io.kurrent.dbclient.WriteResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.hub.FeedEntry;
import org.tongchou.adapter.local.LocalStatus;
import org.tongchou.adapter.local.OutboxRow;
import org.tongchou.adapter.local.RegionStore;
import org.tongchou.adapter.local.RowOutcome;
import org.tongchou.adapter.local.StoreException;

/**
 * One loop's session on the region's KurrentDB. What it knows of the streams (the outbox
 * checkpoint, the revisions it expects) it read from them when it started; it never trusts memory
 * over a refusal: after a conflict it forgets everything and the loop starts a new session.
 */
final class KurrentDbSession implements RegionStore.Session {

  /** Events held between the subscription and the push loop: the subscription waits beyond it. */
  private static final int BUFFER = 2_000;

  private static final long CALL_SECONDS = 30;

  /** Checkpoint events kept in {@code <inbox>-checkpoints}: a quiet feed sends one every few s. */
  private static final long CHECKPOINTS_KEPT = 1_000;

  private final KurrentDBClient client;
  private final AdapterConfig.KurrentDb config;
  private final Consumer<KurrentDbSession> onClose;
  private final BlockingQueue<OutboxRow> arrived = new ArrayBlockingQueue<>(BUFFER);
  private final List<OutboxRow> window = new ArrayList<>();
  private volatile boolean closed;
  private volatile Throwable dropped;
  private Subscription subscription;
  private OutboxPosition outbox;
  private InboxPosition inbox;
  private boolean checkpointsBounded;

  KurrentDbSession(
      KurrentDBClient client, AdapterConfig.KurrentDb config, Consumer<KurrentDbSession> onClose) {
    this.client = client;
    this.config = config;
    this.onClose = onClose;
  }

  // ---- outbox ----

  @Override
  public List<OutboxRow> pending(int limit) throws StoreException {
    follow();
    if (dropped != null) {
      throw KurrentDbFailures.of(
          "following " + config.outboxStream(), config.outboxStream(), dropped);
    }
    while (window.size() < limit) {
      OutboxRow next = arrived.poll();
      if (next == null) {
        break;
      }
      window.add(next);
    }
    return List.copyOf(window.subList(0, Math.min(limit, window.size())));
  }

  @Override
  public void countAttempt(List<Long> ids) {
    // Not kept: the outcomes stream holds answers only, and a push may always be repeated.
  }

  @Override
  public int record(List<RowOutcome> outcomes) throws StoreException {
    OutboxPosition at = outboxPosition();
    List<RowOutcome> inOrder =
        outcomes.stream().sorted(Comparator.comparingLong(RowOutcome::id)).toList();
    List<EventData> events = new ArrayList<>();
    long next = at.checkpoint() + 1;
    for (RowOutcome outcome : inOrder) {
      if (outcome.id() < next) {
        continue; // answered before: keeps its first outcome
      }
      if (outcome.id() != next) {
        break; // a gap: the rest waits for the row before it
      }
      events.add(OutcomeEvents.event(config.outboxStream(), outcome, factJson(outcome.id())));
      next++;
    }
    if (events.isEmpty()) {
      return 0;
    }
    try {
      WriteResult written =
          client
              .appendToStream(
                  config.outcomesStream(),
                  AppendToStreamOptions.get().streamState(expected(at.outcomesRevision())),
                  events.iterator())
              .get(CALL_SECONDS, TimeUnit.SECONDS);
      outbox = new OutboxPosition(next - 1, written.getNextExpectedRevision().toRawLong());
      long checkpoint = next - 1;
      window.removeIf(row -> row.id() <= checkpoint);
      return events.size();
    } catch (Exception e) {
      forgetOutbox();
      throw KurrentDbFailures.of(
          "appending outcomes to " + config.outcomesStream(), config.outcomesStream(), e);
    }
  }

  private String factJson(long id) {
    return window.stream()
        .filter(row -> row.id() == id)
        .map(OutboxRow::factJson)
        .findFirst()
        .orElse("");
  }

  /** Starts the catch-up subscription after the checkpoint, once per session. */
  private void follow() throws StoreException {
    if (subscription != null) {
      return;
    }
    OutboxPosition at = outboxPosition();
    SubscribeToStreamOptions options = SubscribeToStreamOptions.get().resolveLinkTos();
    // A subscription's start is exclusive: it delivers the events after the checkpoint.
    options = at.checkpoint() < 0 ? options.fromStart() : options.fromRevision(at.checkpoint());
    try {
      subscription =
          client
              .subscribeToStream(config.outboxStream(), new Listener(), options)
              .get(CALL_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw KurrentDbFailures.of(
          "subscribing to " + config.outboxStream(), config.outboxStream(), e);
    }
  }

  private final class Listener extends SubscriptionListener {
    @Override
    public void onEvent(Subscription s, ResolvedEvent event) {
      // The outbox position is the event's place in the followed stream (the link's in a category).
      RecordedEvent original = event.getOriginalEvent();
      RecordedEvent fact = event.getEvent();
      String json =
          fact == null
              ? ""
              : new String(fact.getEventData(), java.nio.charset.StandardCharsets.UTF_8);
      OutboxRow row = new OutboxRow(original.getRevision(), json);
      try {
        // Blocking here holds back the subscription's credit: a slow hub slows the reading.
        while (!closed && !arrived.offer(row, 200, TimeUnit.MILLISECONDS)) {
          // waits for the push loop
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void onCancelled(Subscription s, Throwable exception) {
      if (!closed) {
        dropped = exception == null ? new IllegalStateException("subscription ended") : exception;
      }
    }
  }

  private OutboxPosition outboxPosition() throws StoreException {
    if (outbox == null) {
      Optional<ResolvedEvent> last = readLast(config.outcomesStream());
      outbox =
          last.map(
                  e ->
                      new OutboxPosition(
                          OutcomeEvents.outboxRevision(e.getOriginalEvent()),
                          e.getOriginalEvent().getRevision()))
              .orElse(new OutboxPosition(-1, -1));
    }
    return outbox;
  }

  private void forgetOutbox() {
    outbox = null;
    window.clear();
    arrived.clear();
    if (subscription != null) {
      subscription.stop();
      subscription = null;
    }
  }

  /**
   * @param checkpoint the last outbox revision answered, -1 for none
   * @param outcomesRevision the outcomes stream's last revision, -1 when it has no event
   */
  private record OutboxPosition(long checkpoint, long outcomesRevision) {}

  // ---- inbox ----

  @Override
  public long feedCheckpoint() throws StoreException {
    return inboxPosition().feedPosition();
  }

  @Override
  public void store(FeedEntry entry, String itemJson, long expected) throws StoreException {
    InboxPosition at = inboxPosition();
    if (at.feedPosition() != expected) {
      throw new StoreException(
          StoreException.Kind.CONFLICT,
          "the feed checkpoint is at "
              + at.feedPosition()
              + ", not at "
              + expected
              + ": another adapter writes to this inbox; nothing was stored");
    }
    String stream =
        entry instanceof FeedEntry.Checkpoint ? checkpointStream() : config.inboxStream();
    try {
      if (entry instanceof FeedEntry.Checkpoint checkpoint) {
        keepFewCheckpoints();
        client
            .appendToStream(
                stream,
                AppendToStreamOptions.get().streamState(StreamState.any()),
                InboxEvents.checkpoint(config.inboxStream(), checkpoint))
            .get(CALL_SECONDS, TimeUnit.SECONDS);
        inbox =
            new InboxPosition(
                entry.position(), at.inboxRevision(), Optional.of(checkpoint.hubTime()));
        return;
      }
      Optional<EventData> item = InboxEvents.item(config.inboxStream(), entry, itemJson);
      long revision = at.inboxRevision();
      if (item.isPresent()) {
        // The revision after the last item stored: a repeat of any item cannot land twice.
        WriteResult written =
            client
                .appendToStream(
                    stream,
                    AppendToStreamOptions.get().streamState(expected(at.inboxRevision())),
                    item.get())
                .get(CALL_SECONDS, TimeUnit.SECONDS);
        revision = written.getNextExpectedRevision().toRawLong();
      }
      inbox = new InboxPosition(entry.position(), revision, at.hubTime());
    } catch (Exception e) {
      inbox = null;
      throw KurrentDbFailures.of(
          "storing feed position " + entry.position() + " in " + stream, stream, e);
    }
  }

  /**
   * Only the last checkpoints matter: the server may drop older ones ($maxCount), once a session.
   */
  private void keepFewCheckpoints() throws Exception {
    if (checkpointsBounded) {
      return;
    }
    StreamMetadata metadata = new StreamMetadata();
    metadata.setMaxCount(CHECKPOINTS_KEPT);
    client.setStreamMetadata(checkpointStream(), metadata).get(CALL_SECONDS, TimeUnit.SECONDS);
    checkpointsBounded = true;
  }

  private String checkpointStream() {
    return config.inboxStream() + "-checkpoints";
  }

  private InboxPosition inboxPosition() throws StoreException {
    if (inbox == null) {
      Optional<ResolvedEvent> lastItem = readLast(config.inboxStream());
      Optional<ResolvedEvent> lastCheckpoint = readLast(checkpointStream());
      long itemPosition = lastItem.map(e -> InboxEvents.feedPosition(e.getEvent())).orElse(0L);
      long checkpointPosition =
          lastCheckpoint.map(e -> InboxEvents.feedPosition(e.getEvent())).orElse(0L);
      inbox =
          new InboxPosition(
              Math.max(itemPosition, checkpointPosition),
              lastItem.map(e -> e.getEvent().getRevision()).orElse(-1L),
              lastCheckpoint.flatMap(e -> InboxEvents.hubTime(e.getEvent())));
    }
    return inbox;
  }

  /**
   * @param feedPosition the last feed position stored (item or checkpoint)
   * @param inboxRevision the inbox stream's last revision, -1 when empty
   * @param hubTime the hub's time at the last checkpoint stored
   */
  private record InboxPosition(long feedPosition, long inboxRevision, Optional<Instant> hubTime) {}

  // ---- status ----

  @Override
  public LocalStatus status(int refusedShown) throws StoreException {
    outbox = null;
    inbox = null;
    OutboxPosition at = outboxPosition();
    InboxPosition feed = inboxPosition();
    long lastOutbox =
        readLast(config.outboxStream()).map(e -> e.getOriginalEvent().getRevision()).orElse(-1L);
    Optional<Instant> oldest = Optional.empty();
    if (lastOutbox > at.checkpoint()) {
      oldest =
          readForward(config.outboxStream(), at.checkpoint() + 1, 1).stream()
              .findFirst()
              .map(e -> e.getOriginalEvent().getCreated());
    }
    OutcomeTally tally = new OutcomeTally();
    readForward(config.outcomesStream(), 0, Long.MAX_VALUE)
        .forEach(e -> tally.add(e.getOriginalEvent()));
    Set<Long> resolved = new HashSet<>();
    readForward(config.outcomesStream() + "-resolved", 0, Long.MAX_VALUE)
        .forEach(e -> resolved.add(OutcomeEvents.outboxRevision(e.getOriginalEvent())));
    List<LocalStatus.RefusedRow> waiting =
        tally.refused().stream().filter(r -> !resolved.contains(r.id())).toList();
    return new LocalStatus(
        Instant.now(),
        Math.max(0, lastOutbox - at.checkpoint()),
        oldest,
        tally.accepted(),
        tally.duplicate(),
        waiting.size(),
        waiting.subList(0, Math.min(refusedShown, waiting.size())),
        feed.feedPosition(),
        feed.hubTime(),
        feed.inboxRevision() + 1);
  }

  // ---- reading ----

  private Optional<ResolvedEvent> readLast(String stream) throws StoreException {
    try {
      ReadResult result =
          client
              .readStream(
                  stream,
                  ReadStreamOptions.get().backwards().fromEnd().maxCount(1).resolveLinkTos())
              .get(CALL_SECONDS, TimeUnit.SECONDS);
      return result.getEvents().stream().findFirst();
    } catch (Exception e) {
      if (KurrentDbFailures.unwrap(e) instanceof StreamNotFoundException) {
        return Optional.empty();
      }
      throw KurrentDbFailures.of("reading the end of " + stream, stream, e);
    }
  }

  private List<ResolvedEvent> readForward(String stream, long from, long count)
      throws StoreException {
    try {
      ReadResult result =
          client
              .readStream(
                  stream,
                  ReadStreamOptions.get()
                      .forwards()
                      .fromRevision(from)
                      .maxCount(count)
                      .resolveLinkTos())
              .get(CALL_SECONDS, TimeUnit.SECONDS);
      return result.getEvents();
    } catch (Exception e) {
      if (KurrentDbFailures.unwrap(e) instanceof StreamNotFoundException) {
        return List.of();
      }
      throw KurrentDbFailures.of("reading " + stream, stream, e);
    }
  }

  private static StreamState expected(long revision) {
    return revision < 0 ? StreamState.noStream() : StreamState.streamRevision(revision);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (subscription != null) {
      subscription.stop();
    }
    onClose.accept(this);
  }
}
