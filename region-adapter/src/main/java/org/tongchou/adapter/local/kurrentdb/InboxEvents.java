package org.tongchou.adapter.local.kurrentdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kurrent.dbclient.EventData;
import io.kurrent.dbclient.EventDataBuilder;
import io.kurrent.dbclient.RecordedEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.tongchou.adapter.hub.FeedEntry;
import org.tongchou.adapter.local.InboxItem;

/**
 * The events the adapter appends for the feed. An item's data is the whole {@code FeedItem} in
 * proto JSON, as the PostgreSQL inbox's {@code item} column; its event type is the item's kind, and
 * its metadata names the feed position and the columns a region filters on. A checkpoint goes to a
 * stream of its own, {@code <inbox>-checkpoints}, so that the inbox holds items only.
 */
final class InboxEvents {

  private InboxEvents() {}

  /** The event for an item; none for a kind that stores nothing. */
  static Optional<EventData> item(String inboxStream, FeedEntry entry, String itemJson) {
    return InboxItem.of(entry)
        .map(
            item -> {
              ObjectNode meta = OutcomeEvents.JSON.createObjectNode();
              meta.put("feedPosition", entry.position());
              meta.put("recordId", item.recordId());
              meta.put("region", item.region());
              meta.put(
                  "occurredOn", item.occurredOn() == null ? null : item.occurredOn().toString());
              meta.put("factType", item.factType());
              meta.put("personKey", item.personKey());
              return EventDataBuilder.json(
                      id(inboxStream, entry.position()),
                      item.kind(),
                      itemJson.getBytes(StandardCharsets.UTF_8))
                  .metadataAsBytes(OutcomeEvents.bytes(meta))
                  .build();
            });
  }

  static EventData checkpoint(String inboxStream, FeedEntry.Checkpoint checkpoint) {
    ObjectNode meta = OutcomeEvents.JSON.createObjectNode();
    meta.put("feedPosition", checkpoint.position());
    meta.put("hubTime", checkpoint.hubTime().toString());
    // The id names the hub's time too: a quiet feed sends checkpoints at one position, each newer,
    // and each must land (status measures the lag from the last); a repeat of one is absorbed.
    return EventDataBuilder.json(
            UUID.nameUUIDFromBytes(
                ("tongchou-feed:"
                        + inboxStream
                        + "-checkpoints:"
                        + checkpoint.position()
                        + "@"
                        + checkpoint.hubTime())
                    .getBytes(StandardCharsets.UTF_8)),
            "FeedCheckpoint",
            OutcomeEvents.bytes(meta))
        .metadataAsBytes(OutcomeEvents.bytes(meta))
        .build();
  }

  /** Made from the feed position: the same item always has the same event id. */
  static UUID id(String stream, long feedPosition) {
    return UUID.nameUUIDFromBytes(
        ("tongchou-feed:" + stream + ":" + feedPosition).getBytes(StandardCharsets.UTF_8));
  }

  static long feedPosition(RecordedEvent event) {
    return metadata(event).path("feedPosition").asLong(0);
  }

  static Optional<Instant> hubTime(RecordedEvent event) {
    JsonNode at = metadata(event).get("hubTime");
    try {
      return at == null || at.isNull() ? Optional.empty() : Optional.of(Instant.parse(at.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static JsonNode metadata(RecordedEvent event) {
    try {
      byte[] bytes = event.getUserMetadata();
      JsonNode node =
          bytes == null || bytes.length == 0 ? null : OutcomeEvents.JSON.readTree(bytes);
      return node == null ? OutcomeEvents.JSON.createObjectNode() : node;
    } catch (IOException e) {
      return OutcomeEvents.JSON.createObjectNode();
    }
  }
}
