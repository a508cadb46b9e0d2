package org.tongchou.hub.obligation.domain;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tongchou.hub.policy.domain.Side;

/**
 * One change to one obligation. The changes one cause brings (a fact, a wake-up, an office's act)
 * are recorded together, as one {@link ObligationsChanged} event of the person's stream. Each names
 * the two regions the obligation binds.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "change")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ObligationChange.Opened.class, name = "opened"),
  @JsonSubTypes.Type(value = ObligationChange.StatusChanged.class, name = "status-changed"),
  @JsonSubTypes.Type(value = ObligationChange.Reassigned.class, name = "reassigned"),
  @JsonSubTypes.Type(value = ObligationChange.Waived.class, name = "waived"),
  @JsonSubTypes.Type(value = ObligationChange.Disputed.class, name = "disputed"),
  @JsonSubTypes.Type(value = ObligationChange.DisputeRuled.class, name = "dispute-ruled")
})
public sealed interface ObligationChange {

  String obligationId();

  String responsible();

  String owed();

  /** The regions this change concerns: those the obligation binds (and, reassigned, binds now). */
  default Set<String> parties() {
    Set<String> regions = new LinkedHashSet<>();
    regions.add(responsible());
    regions.add(owed());
    return regions;
  }

  /**
   * Dispatches on this change's kind. A new kind implements it, which adds a method to {@link
   * Visitor}, and every visitor then fails to compile until it handles the kind: Java 17 has no
   * exhaustive pattern {@code switch} over this sealed type without preview features.
   */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of change: the list of them the compiler checks. */
  interface Visitor<R> {

    R opened(Opened change);

    R statusChanged(StatusChanged change);

    R reassigned(Reassigned change);

    R waived(Waived change);

    R disputed(Disputed change);

    R disputeRuled(DisputeRuled change);
  }

  /**
   * A duty arose: of {@code kind}, about {@code subject} (the opening record's key, with the period
   * for coverage duties), binding {@code responsible} (scored in role {@code side}) towards {@code
   * owed}, due on {@code dueOn}, under policy {@code policyVersion}. It starts in {@code status}: a
   * duty the hub learns of late may already be met, or overdue.
   *
   * @param openedBy the record key of the fact that opens it (for coverage duties: the arrival)
   * @param period the coverage period's name ({@code 2026-Q1}); null for other duties
   * @param evidence the record key of the fact that fulfils it, when already met
   * @param settledOn the date that counts for timeliness of that evidence
   */
  record Opened(
      String obligationId,
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
      LocalDate settledOn)
      implements ObligationChange {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.opened(this);
    }
  }

  /**
   * It moved to {@code status}: due soon, met (with its {@code evidence} and the date that
   * counted), overdue, back to open when its evidence was corrected away, or withdrawn.
   */
  record StatusChanged(
      String obligationId,
      String responsible,
      String owed,
      ObligationStatus status,
      String evidence,
      LocalDate settledOn)
      implements ObligationChange {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.statusChanged(this);
    }
  }

  /**
   * Its terms changed (who is responsible, who is owed, the due date, or the policy version an
   * office re-evaluated it under): it ends here as reassigned and {@code replacedBy} opens with the
   * new terms among the same changes. History is never rewritten.
   */
  record Reassigned(
      String obligationId,
      String responsible,
      String owed,
      String replacedBy,
      String newResponsible,
      String newOwed)
      implements ObligationChange {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.reassigned(this);
    }

    @Override
    public Set<String> parties() {
      Set<String> regions = ObligationChange.super.parties();
      regions.add(newResponsible);
      regions.add(newOwed);
      return regions;
    }
  }

  /**
   * A coordination office ({@code office}: its code, or {@code national}) waived it, with its
   * reason; final.
   */
  record Waived(String obligationId, String responsible, String owed, String office, String reason)
      implements ObligationChange {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.waived(this);
    }
  }

  /**
   * The responsible region ({@code disputedBy}: the disputing jurisdiction) says the duty is not
   * its own.
   */
  record Disputed(
      String obligationId, String responsible, String owed, String disputedBy, String reason)
      implements ObligationChange {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.disputed(this);
    }
  }

  /**
   * An office ruled on the dispute: {@code upheld} with the region responsible instead ({@code
   * assignTo}: the duty is reassigned to it among the same changes and stays with it), or
   * dismissed.
   */
  record DisputeRuled(
      String obligationId,
      String responsible,
      String owed,
      boolean upheld,
      String assignTo,
      String office,
      String reason)
      implements ObligationChange {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.disputeRuled(this);
    }

    @Override
    public Set<String> parties() {
      Set<String> regions = ObligationChange.super.parties();
      if (assignTo != null) {
        regions.add(assignTo);
      }
      return regions;
    }
  }
}
