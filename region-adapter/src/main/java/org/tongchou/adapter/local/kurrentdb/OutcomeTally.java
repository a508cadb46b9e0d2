package org.tongchou.adapter.local.kurrentdb;

import com.fasterxml.jackson.databind.JsonNode;
import io.kurrent.dbclient.RecordedEvent;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.adapter.local.LocalStatus;

/** Counts the outcomes stream for {@code status}. */
final class OutcomeTally {

  private long accepted;
  private long duplicate;
  private final List<LocalStatus.RefusedRow> refused = new ArrayList<>();

  void add(RecordedEvent event) {
    switch (event.getEventType()) {
      case "FactAccepted" -> accepted++;
      case "FactDuplicate" -> duplicate++;
      case "FactRefused" -> {
        JsonNode data = OutcomeEvents.data(event);
        JsonNode recordId = data.get("recordId");
        refused.add(
            new LocalStatus.RefusedRow(
                data.path("outboxRevision").asLong(-1),
                recordId == null || recordId.isNull() ? null : recordId.asText(),
                data.path("refusal").asText("")));
      }
      default -> {
        // another writer's event: not an outcome
      }
    }
  }

  long accepted() {
    return accepted;
  }

  long duplicate() {
    return duplicate;
  }

  List<LocalStatus.RefusedRow> refused() {
    return refused;
  }
}
