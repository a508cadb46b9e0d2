package org.tongchou.adapter.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kurrent.dbclient.EventData;
import io.kurrent.dbclient.EventDataBuilder;
import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.KurrentDBConnectionString;
import io.kurrent.dbclient.ReadStreamOptions;
import io.kurrent.dbclient.RecordedEvent;
import io.kurrent.dbclient.StreamNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A region whose own system is event-sourced on KurrentDB, in a test: its streams on the protocol
 * double, written as the region's system writes them (through the official client) and read back as
 * a test checks them, in the same views as {@link LocalRegion}'s tables.
 */
final class KurrentRegion implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An event as read back. */
  record Event(long revision, String type, byte[] data, byte[] metadata) {}

  final String connectionString;
  final String outbox;
  final String outcomes;
  final String inbox;
  private final KurrentDBClient client;

  private KurrentRegion(String connectionString, String name) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    this.connectionString = connectionString;
    this.outbox = name + "_facts-" + suffix;
    this.outcomes = "tongchou-outcomes-" + name + "_" + suffix;
    this.inbox = "tongchou-inbox-" + name + "_" + suffix;
    this.client = KurrentDBClient.create(KurrentDBConnectionString.parseOrThrow(connectionString));
  }

  /**
   * Streams of their own on the KurrentDB {@code connectionString} names, for region {@code name}.
   */
  static KurrentRegion on(String connectionString, String name) {
    return new KurrentRegion(connectionString, name);
  }

  /** The adapter configuration lines that select this store. */
  List<String> configLines() {
    return List.of(
        "local.store = kurrentdb",
        "kurrentdb.connection-string = " + connectionString,
        "kurrentdb.outbox-stream = " + outbox,
        "kurrentdb.outcomes-stream = " + outcomes,
        "kurrentdb.inbox-stream = " + inbox);
  }

  /** Appends facts as the region's system does: one event each, in one append, in this order. */
  void write(List<String> facts) throws Exception {
    List<EventData> events = new ArrayList<>();
    for (String fact : facts) {
      byte[] data = fact.getBytes(StandardCharsets.UTF_8);
      events.add(
          isJson(fact)
              ? EventDataBuilder.json("TongchouFact", data).build()
              : EventDataBuilder.binary("TongchouFact", data).build());
    }
    client.appendToStream(outbox, events.iterator()).get(30, TimeUnit.SECONDS);
  }

  /**
   * Each outbox event with its outcome, as {@link LocalRegion#outbox()} shows rows: the id is the
   * event's revision; an event without an outcome is {@code pending}.
   */
  List<LocalRegion.OutboxView> outboxView() {
    Map<Long, JsonNode> answered = new HashMap<>();
    for (Event outcome : events(outcomes)) {
      JsonNode data = json(outcome.data());
      answered.putIfAbsent(data.path("outboxRevision").asLong(-1), data);
    }
    List<LocalRegion.OutboxView> rows = new ArrayList<>();
    for (Event fact : events(outbox)) {
      JsonNode recordId = json(fact.data()).get("recordId");
      JsonNode outcome = answered.get(fact.revision());
      rows.add(
          outcome == null
              ? new LocalRegion.OutboxView(
                  fact.revision(), text(recordId), "pending", null, null, null, null)
              : new LocalRegion.OutboxView(
                  fact.revision(),
                  text(recordId),
                  outcome.path("state").asText(),
                  outcome.path("code").asText(),
                  text(outcome.get("refusal")),
                  text(outcome.path("receipt").get("eventId")),
                  outcome.path("receipt").has("position")
                      ? outcome.path("receipt").path("position").asLong()
                      : null));
    }
    return rows;
  }

  /** The outbox revision each outcome event answers, in the order they were appended. */
  List<Long> outcomeRevisions() {
    return events(outcomes).stream()
        .map(e -> json(e.data()).path("outboxRevision").asLong(-1))
        .toList();
  }

  /** The outcome events as appended: type and data. */
  List<Event> outcomeEvents() {
    return events(outcomes);
  }

  /** The inbox items as {@link LocalRegion#inbox()} shows rows. */
  List<LocalRegion.InboxView> inboxView() {
    return events(inbox).stream()
        .map(
            e -> {
              JsonNode meta = json(e.metadata());
              return new LocalRegion.InboxView(
                  meta.path("feedPosition").asLong(), e.type(), text(meta.get("recordId")));
            })
        .toList();
  }

  long pending() {
    return outboxView().stream().filter(row -> row.state().equals("pending")).count();
  }

  /** The feed position the adapter resumes after: the last item or checkpoint it stored. */
  long checkpoint() {
    long last = 0;
    for (Event e : events(inbox)) {
      last = Math.max(last, json(e.metadata()).path("feedPosition").asLong());
    }
    for (Event e : events(inbox + "-checkpoints")) {
      last = Math.max(last, json(e.metadata()).path("feedPosition").asLong());
    }
    return last;
  }

  /** A stream's events as the client reads them, none for a stream not there. */
  List<Event> events(String stream) {
    try {
      return client
          .readStream(stream, ReadStreamOptions.get().fromStart().maxCount(1_000_000))
          .get(30, TimeUnit.SECONDS)
          .getEvents()
          .stream()
          .map(
              resolved -> {
                RecordedEvent e = resolved.getOriginalEvent();
                return new Event(
                    e.getRevision(), e.getEventType(), e.getEventData(), e.getUserMetadata());
              })
          .toList();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StreamNotFoundException) {
        return List.of();
      }
      throw new IllegalStateException("reading " + stream, e);
    } catch (Exception e) {
      throw new IllegalStateException("reading " + stream, e);
    }
  }

  private static boolean isJson(String text) {
    try {
      JSON.readTree(text);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static JsonNode json(byte[] bytes) {
    try {
      JsonNode node = bytes.length == 0 ? null : JSON.readTree(bytes);
      return node == null ? JSON.createObjectNode() : node;
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  @Override
  public void close() {
    client.shutdown();
  }
}
