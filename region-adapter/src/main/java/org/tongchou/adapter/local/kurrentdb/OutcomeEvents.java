package org.tongchou.adapter.local.kurrentdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kurrent.dbclient.EventData;
import io.kurrent.dbclient.EventDataBuilder;
import io.kurrent.dbclient.RecordedEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.tongchou.adapter.hub.HubReceipt;
import org.tongchou.adapter.local.RowOutcome;

/**
 * The events of the outcomes stream: {@code FactAccepted}, {@code FactDuplicate} and {@code
 * FactRefused}, one per outbox event, each naming the outbox revision it answers. The last one is
 * the outbox checkpoint.
 */
final class OutcomeEvents {

  static final ObjectMapper JSON = new ObjectMapper();

  private OutcomeEvents() {}

  /** The event for one outcome; its id follows from the outbox event, so a repeat is absorbed. */
  static EventData event(String outboxStream, RowOutcome outcome, String factJson) {
    ObjectNode data = JSON.createObjectNode();
    data.put("outboxStream", outboxStream);
    data.put("outboxRevision", outcome.id());
    String recordId = recordId(factJson);
    if (recordId == null) {
      data.putNull("recordId");
    } else {
      data.put("recordId", recordId);
    }
    data.put("state", outcome.state().name().toLowerCase(Locale.ROOT));
    data.put("code", outcome.code());
    if (!outcome.refusal().isEmpty()) {
      data.put("refusal", outcome.refusal());
    }
    if (outcome.receipt().isPresent()) {
      HubReceipt receipt = outcome.receipt().get();
      ObjectNode r = data.putObject("receipt");
      r.put("eventId", receipt.eventId());
      r.put("position", receipt.position());
      r.put("recordedAt", receipt.recordedAt().toString());
      r.put("hash", receipt.hash());
    }
    return EventDataBuilder.json(id(outboxStream, outcome.id()), type(outcome.state()), bytes(data))
        .build();
  }

  static UUID id(String outboxStream, long revision) {
    return UUID.nameUUIDFromBytes(
        ("tongchou-outcome:" + outboxStream + ":" + revision).getBytes(StandardCharsets.UTF_8));
  }

  static String type(RowOutcome.State state) {
    return switch (state) {
      case ACCEPTED -> "FactAccepted";
      case DUPLICATE -> "FactDuplicate";
      case REFUSED -> "FactRefused";
    };
  }

  /** The outbox revision an outcome (or a resolution) answers. */
  static long outboxRevision(RecordedEvent event) {
    return data(event).path("outboxRevision").asLong(-1);
  }

  static JsonNode data(RecordedEvent event) {
    try {
      return JSON.readTree(event.getEventData());
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  /** The fact's recordId, or null when the fact is not JSON or has none. */
  static String recordId(String factJson) {
    try {
      JsonNode node = JSON.readTree(factJson);
      JsonNode id = node == null ? null : node.get("recordId");
      return id != null && id.isTextual() ? id.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
