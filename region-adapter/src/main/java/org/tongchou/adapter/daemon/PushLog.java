package org.tongchou.adapter.daemon;

import java.util.List;
import org.slf4j.Logger;
import org.tongchou.adapter.hub.PushResult;
import org.tongchou.adapter.local.OutboxRow;
import org.tongchou.adapter.local.RowOutcome;

/** The push loop's lines for the operator: one per page, and one per refused row. */
final class PushLog {

  private PushLog() {}

  static void round(Logger log, List<OutboxRow> rows, OutboxPage page, PushResult result) {
    String range = "outbox rows " + rows.get(0).id() + ".." + rows.get(rows.size() - 1).id();
    String counts =
        result.accepted()
            + " accepted, "
            + result.duplicate()
            + " duplicate, "
            + result.refused()
            + " refused by the hub, "
            + page.refusedHere().size()
            + " refused here";
    if (result.notSent() > 0) {
      log.warn("push: {}: {}; {} not answered, still pending", range, counts, result.notSent());
    } else {
      log.info("push: {}: {}", range, counts);
    }
    for (RowOutcome refused : page.outcomes(result)) {
      if (refused.state() == RowOutcome.State.REFUSED) {
        log.warn(
            "push: outbox row {} refused, waiting for a person: {}",
            refused.id(),
            refused.refusal().replace("\n", "; "));
      }
    }
  }
}
