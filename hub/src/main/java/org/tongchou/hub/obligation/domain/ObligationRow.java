package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
import org.tongchou.hub.policy.domain.Side;

/** An obligation as the read model holds it: what scorecards count and drill-downs list. */
public record ObligationRow(
    String obligationId,
    String personKey,
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
    String replacedBy,
    String waivedBy,
    String waiverReason,
    long lastPosition,
    String dispute,
    String disputedBy,
    String disputeReason,
    String disputeRuling) {}
