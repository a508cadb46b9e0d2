package org.tongchou.hub.obligation.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A person's obligations, folded from their obligation events' changes. Each subject has at most
 * one current obligation: the latest number, whatever its status.
 */
public final class ObligationLedger {

  private final Map<String, Obligation> byId = new LinkedHashMap<>();
  private final Map<String, String> currentBySubject = new LinkedHashMap<>();

  /**
   * Subjects an office pinned on a region by upholding a dispute: the region responsible from then
   * on.
   */
  private final Map<String, String> pinned = new LinkedHashMap<>();

  public ObligationLedger evolve(ObligationsChanged event) {
    event.changes().forEach(this::apply);
    return this;
  }

  private void apply(ObligationChange change) {
    change.accept(applying);
  }

  private final Applying applying = new Applying();

  /** What each kind of change does to the ledger. */
  private final class Applying implements ObligationChange.Visitor<Void> {

    @Override
    public Void opened(ObligationChange.Opened o) {
      int number =
          Integer.parseInt(o.obligationId().substring(o.obligationId().lastIndexOf('#') + 1));
      byId.put(
          o.obligationId(),
          new Obligation(
              o.obligationId(),
              number,
              o.kind(),
              o.subject(),
              o.side(),
              o.responsible(),
              o.owed(),
              o.opensOn(),
              o.dueOn(),
              o.policyVersion(),
              o.openedBy(),
              o.period(),
              o.status(),
              o.evidence(),
              o.settledOn(),
              null));
      currentBySubject.put(o.subject(), o.obligationId());
      return null;
    }

    @Override
    public Void statusChanged(ObligationChange.StatusChanged c) {
      byId.computeIfPresent(
          c.obligationId(), (id, o) -> o.with(c.status(), c.evidence(), c.settledOn()));
      return null;
    }

    @Override
    public Void reassigned(ObligationChange.Reassigned r) {
      byId.computeIfPresent(
          r.obligationId(),
          (id, o) -> o.with(ObligationStatus.REASSIGNED, o.evidence(), o.settledOn()));
      return null;
    }

    @Override
    public Void disputed(ObligationChange.Disputed d) {
      byId.computeIfPresent(d.obligationId(), (id, o) -> o.disputed(Obligation.Dispute.DISPUTED));
      return null;
    }

    @Override
    public Void disputeRuled(ObligationChange.DisputeRuled r) {
      byId.computeIfPresent(
          r.obligationId(),
          (id, o) -> {
            if (r.upheld()) {
              pinned.put(o.subject(), r.assignTo());
            }
            return o.disputed(Obligation.Dispute.ruled(r.upheld()));
          });
      return null;
    }

    @Override
    public Void waived(ObligationChange.Waived w) {
      byId.computeIfPresent(
          w.obligationId(),
          (id, o) -> o.with(ObligationStatus.WAIVED, o.evidence(), o.settledOn()));
      return null;
    }
  }

  /**
   * A ledger holding only this one's pins: a replay that derives every duty afresh keeps offices'
   * rulings.
   */
  public ObligationLedger pinsOnly() {
    ObligationLedger pins = new ObligationLedger();
    pins.pinned.putAll(pinned);
    return pins;
  }

  public Optional<Obligation> find(String obligationId) {
    return Optional.ofNullable(byId.get(obligationId));
  }

  /**
   * The subject's latest obligation unless it was withdrawn: the one whose terms and policy still
   * hold.
   */
  public Optional<Obligation> live(String subject) {
    return current(subject).filter(o -> o.status() != ObligationStatus.WITHDRAWN);
  }

  /** The subject's latest obligation, whatever its status. */
  public Optional<Obligation> current(String subject) {
    String id = currentBySubject.get(subject);
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /** The region an office made responsible for the subject, if it did. */
  public Optional<String> pinnedResponsible(String subject) {
    return Optional.ofNullable(pinned.get(subject));
  }

  /** Every obligation ever opened, in the order opened. */
  public Collection<Obligation> all() {
    return Collections.unmodifiableCollection(byId.values());
  }

  /** The latest obligation of every subject, in the order the subjects first arose. */
  public Collection<Obligation> currents() {
    return currentBySubject.values().stream().map(byId::get).toList();
  }
}
