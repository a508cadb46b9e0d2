package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
import java.util.Locale;
import org.tongchou.hub.policy.domain.Side;

/**
 * An obligation as its events say. {@code id} is its subject with a running number ({@code
 * certificate-verification/320211/a-1#1}): a reassignment ends one number and opens the next.
 */
public record Obligation(
    String id,
    int number,
    String kind,
    String subject,
    Side side,
    String responsible,
    String owed,
    LocalDate opensOn,
    LocalDate dueOn,
    String policyVersion,
    String openedBy,
    String period,
    ObligationStatus status,
    String evidence,
    LocalDate settledOn,
    Dispute dispute) {

  /**
   * A cached person holds a dozen or more obligations, whose kinds, regions, policy versions,
   * periods and opening records repeat: those strings are shared (interned), so that the person
   * cache pays per obligation only for what is its own (its id and subject).
   */
  public Obligation {
    kind = shared(kind);
    responsible = shared(responsible);
    owed = shared(owed);
    policyVersion = shared(policyVersion);
    openedBy = shared(openedBy);
    period = shared(period);
    evidence = shared(evidence);
  }

  private static String shared(String text) {
    return text == null ? null : text.intern();
  }

  /** Where a dispute of its responsibility stands; null when never disputed. */
  public enum Dispute {
    DISPUTED,
    UPHELD,
    DISMISSED;

    /** Where a ruling leaves it. */
    public static Dispute ruled(boolean upheld) {
      return upheld ? UPHELD : DISMISSED;
    }

    /**
     * The word the read models ({@code obligation_view.dispute}), the wire and the workbench's
     * forms use: the name in lower case.
     */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a stored word says disputed and not yet ruled on. */
    public static boolean isOpen(String word) {
      return DISPUTED.word().equals(word);
    }
  }

  Obligation disputed(Dispute newDispute) {
    return new Obligation(
        id,
        number,
        kind,
        subject,
        side,
        responsible,
        owed,
        opensOn,
        dueOn,
        policyVersion,
        openedBy,
        period,
        status,
        evidence,
        settledOn,
        newDispute);
  }

  static String idOf(String subject, int number) {
    return subject + "#" + number;
  }

  /** The subject an id of {@link #idOf} names: what precedes its last '#'. */
  public static String subjectOf(String obligationId) {
    return obligationId.substring(0, obligationId.lastIndexOf('#'));
  }

  Obligation with(ObligationStatus newStatus, String newEvidence, LocalDate newSettledOn) {
    return new Obligation(
        id,
        number,
        kind,
        subject,
        side,
        responsible,
        owed,
        opensOn,
        dueOn,
        policyVersion,
        openedBy,
        period,
        newStatus,
        newEvidence,
        newSettledOn,
        dispute);
  }

  /** Same parties, due date and policy version: nothing that would reassign it. */
  boolean hasTermsOf(Expected expected) {
    return responsible.equals(expected.responsible())
        && owed.equals(expected.owed())
        && dueOn.equals(expected.dueOn())
        && policyVersion.equals(expected.policyVersion());
  }
}
