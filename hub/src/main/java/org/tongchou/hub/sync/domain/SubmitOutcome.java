package org.tongchou.hub.sync.domain;

import java.util.List;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.Receipt;

/**
 * What became of one submitted fact. {@code receipt} is set for all but plain refusals. {@code
 * strangerKey} is the person's key when a region not entitled to the person was refused: such an
 * attempt may be a probe, and goes into the access log.
 */
public record SubmitOutcome(Kind kind, Receipt receipt, Refusal refusal, String strangerKey) {

  public SubmitOutcome(Kind kind, Receipt receipt, Refusal refusal) {
    this(kind, receipt, refusal, null);
  }

  /** A refusal of a fact from a region not entitled to the person {@code personKey}. */
  public static SubmitOutcome refusedToStranger(Refusal refusal, String personKey) {
    return new SubmitOutcome(Kind.REFUSED, null, refusal, personKey);
  }

  public enum Kind {
    ACCEPTED,
    DUPLICATE,
    REFUSED
  }

  public static SubmitOutcome accepted(Receipt receipt) {
    return new SubmitOutcome(Kind.ACCEPTED, receipt, null);
  }

  public static SubmitOutcome duplicate(Receipt receipt) {
    return new SubmitOutcome(Kind.DUPLICATE, receipt, null);
  }

  public static SubmitOutcome refused(Refusal refusal) {
    return new SubmitOutcome(Kind.REFUSED, null, refusal);
  }

  /** Same key, other content: refused, and the original's receipt shows what was recorded. */
  public static SubmitOutcome conflicting(Receipt original) {
    return new SubmitOutcome(
        Kind.REFUSED,
        original,
        new Refusal(
            Refusal.Kind.ALREADY_EXISTS,
            "RECORD_ID_REUSED",
            "recordId '"
                + original.recordId()
                + "' of region "
                + original.region()
                + " was recorded earlier with different content (position "
                + original.position()
                + ")",
            List.of(new FieldViolation("recordId", "already used for a different fact"))));
  }
}
