package org.tongchou.hub.replay.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.replay.domain.RelevantChanges;
import org.tongchou.hub.stream.app.PersonEventTypes;

/**
 * Turns stored payloads back into events with the hub's own mapper ({@link CanonicalJson}, the one
 * Axon's event serializer is built on in {@code AxonConfiguration}), by the stored payload type.
 * Events of a type the replay does not want are not deserialized: only their top-level {@code
 * recordedAt} is picked out of the JSON, which the as-of-time limit needs.
 */
final class EventPayloads {

  /** One stored row, as read (without its payload when the payload was not fetched). */
  record Row(long position, String personKey, String payloadType, byte[] payload) {}

  private static final String OBLIGATIONS = ObligationsChanged.class.getName();

  private final Predicate<String> wanted;
  private final boolean needsTime;
  private final Predicate<JsonNode> changeMatters;
  private final ObligationEventSifter sifter;
  private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();

  /**
   * @param needsTime whether events not wanted still need their {@code recordedAt} (a time limit)
   * @param changeMatters which changes of an obligation event the replay can use, judged on their
   *     canonical JSON; null for all. An obligation event is then read as a tree first and bound
   *     with only those changes: binding is most of a replay's work, and most changes of a long log
   *     concern other periods or divisions.
   */
  EventPayloads(Predicate<String> wanted, boolean needsTime, Predicate<JsonNode> changeMatters) {
    this(wanted, needsTime, changeMatters, null);
  }

  private EventPayloads(
      Predicate<String> wanted,
      boolean needsTime,
      Predicate<JsonNode> changeMatters,
      ObligationEventSifter sifter) {
    this.wanted = wanted;
    this.needsTime = needsTime;
    this.changeMatters = changeMatters;
    this.sifter = sifter;
  }

  /**
   * As the constructor, but an obligation event is streamed rather than read as a tree, and only
   * its changes {@code relevant} lets through are bound ({@link ObligationEventSifter}).
   */
  static EventPayloads sifting(
      Predicate<String> wanted, boolean needsTime, RelevantChanges relevant) {
    return new EventPayloads(wanted, needsTime, null, new ObligationEventSifter(relevant));
  }

  List<LoggedEvent> parse(List<Row> rows) {
    List<LoggedEvent> events = new ArrayList<>(rows.size());
    ObligationEventSifter.Reader sifted = sifter == null ? null : sifter.reader();
    for (Row row : rows) {
      try {
        if (sifter != null && row.payloadType().equals(OBLIGATIONS)) {
          events.add(sifted.read(row.position(), row.personKey(), row.payload()));
        } else if (changeMatters != null && row.payloadType().equals(OBLIGATIONS)) {
          events.add(someChanges(row));
        } else if (wanted.test(row.payloadType())) {
          PersonEvent event = reader(row.payloadType()).readValue(row.payload());
          events.add(new LoggedEvent(row.position(), row.personKey(), event.recordedAt(), event));
        } else {
          events.add(
              new LoggedEvent(
                  row.position(),
                  row.personKey(),
                  needsTime ? recordedAt(row.payload()) : null,
                  null));
        }
      } catch (IOException e) {
        throw new IllegalStateException(
            "the event at position "
                + row.position()
                + " ("
                + row.payloadType()
                + ") does not read as the hub wrote it",
            e);
      }
    }
    return events;
  }

  /**
   * An obligation event with only the changes that matter; without any, no event (only its time).
   */
  private LoggedEvent someChanges(Row row) throws IOException {
    JsonNode tree = CanonicalJson.mapper().readTree(row.payload());
    JsonNode time = tree.get("recordedAt");
    Instant recordedAt = time == null ? null : Instant.parse(time.asText());
    ArrayNode kept = CanonicalJson.mapper().createArrayNode();
    for (JsonNode change : tree.path("changes")) {
      if (changeMatters.test(change)) {
        kept.add(change);
      }
    }
    if (kept.isEmpty()) {
      return new LoggedEvent(row.position(), row.personKey(), recordedAt, null);
    }
    ((ObjectNode) tree).set("changes", kept);
    PersonEvent event = CanonicalJson.mapper().treeToValue(tree, ObligationsChanged.class);
    return new LoggedEvent(row.position(), row.personKey(), recordedAt, event);
  }

  private ObjectReader reader(String type) {
    return readers.computeIfAbsent(
        type,
        t -> {
          // The person events' allow-list: a type name in the store never loads an arbitrary class.
          return CanonicalJson.mapper().readerFor(PersonEventTypes.of(t));
        });
  }

  /** The top-level {@code recordedAt} of an event's JSON (one definition, in the kernel). */
  static Instant recordedAt(byte[] json) throws IOException {
    return CanonicalJson.recordedAt(json);
  }
}
