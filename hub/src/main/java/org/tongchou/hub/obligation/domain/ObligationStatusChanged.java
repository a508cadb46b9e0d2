package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An obligation moved to {@code status}: due soon, met (with its {@code evidence} and the date
 * that counted), overdue, back to open when its evidence was corrected away, or withdrawn.
 */
public record ObligationStatusChanged(String personKey, long personSequence, String obligationId,
                                      String responsible, String owed, ObligationStatus status, String evidence,
                                      LocalDate settledOn, String cause, Instant recordedAt, String previousHash,
                                      String hash) implements ObligationEvent {

    @Override
    public ObligationStatusChanged withHash(String newHash) {
        return new ObligationStatusChanged(personKey, personSequence, obligationId, responsible, owed, status, evidence,
                settledOn, cause, recordedAt, previousHash, newHash);
    }
}
