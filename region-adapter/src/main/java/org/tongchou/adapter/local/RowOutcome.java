package org.tongchou.adapter.local;

import java.util.Optional;
import org.tongchou.adapter.hub.HubReceipt;

/**
 * What became of an outbox row, as written back to it.
 *
 * @param id the row
 * @param state {@code accepted}, {@code duplicate} or {@code refused}
 * @param code {@code OK}, or the refusal's {@code google.rpc.Code} name
 * @param refusal one line per offending field, empty unless refused
 * @param receipt the hub's receipt: present for accepted and duplicate rows, absent for refused
 *     ones
 */
public record RowOutcome(
    long id, State state, String code, String refusal, Optional<HubReceipt> receipt) {

  /** The {@code state} column's values once the adapter has answered a row. */
  public enum State {
    /** The hub recorded the fact on this push. */
    ACCEPTED,
    /**
     * The hub had recorded it before: after a crash between the hub's answer and the row's update,
     * or when the same fact was inserted twice. The receipt is the original one.
     */
    DUPLICATE,
    /** Refused by the hub or, if the fact could not be read, by the adapter. Waits for a person. */
    REFUSED;

    String column() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
