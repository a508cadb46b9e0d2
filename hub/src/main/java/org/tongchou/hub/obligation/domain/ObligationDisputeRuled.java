package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An office ruled on a dispute: {@code upheld} with the region that is responsible instead
 * ({@code assignTo}; the duty is reassigned to it at once and stays with it), or dismissed.
 */
public record ObligationDisputeRuled(String personKey, long personSequence, String obligationId, String responsible,
                                     String owed, boolean upheld, String assignTo, String office, String reason,
                                     String cause, Instant recordedAt, String previousHash, String hash)
        implements ObligationEvent {

    @Override
    public ObligationDisputeRuled withHash(String newHash) {
        return new ObligationDisputeRuled(personKey, personSequence, obligationId, responsible, owed, upheld, assignTo,
                office, reason, cause, recordedAt, previousHash, newHash);
    }

    @Override
    public Set<String> addressees() {
        Set<String> regions = new LinkedHashSet<>(ObligationEvent.super.addressees());
        if (assignTo != null) {
            regions.add(assignTo);
        }
        return regions;
    }
}
