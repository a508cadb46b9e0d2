package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A later fact changed the terms of an obligation: who is responsible, who is owed, or its due
 * date. The obligation ends here as reassigned and {@code replacedBy} opens with the new terms
 * in the same transaction; history is never rewritten. {@code cause} names the fact.
 */
public record ObligationReassigned(String personKey, long personSequence, String obligationId, String responsible,
                                   String owed, String replacedBy, String newResponsible, String newOwed,
                                   String cause, Instant recordedAt, String previousHash, String hash)
        implements ObligationEvent {

    @Override
    public ObligationReassigned withHash(String newHash) {
        return new ObligationReassigned(personKey, personSequence, obligationId, responsible, owed, replacedBy,
                newResponsible, newOwed, cause, recordedAt, previousHash, newHash);
    }

    @Override
    public Set<String> addressees() {
        Set<String> regions = new LinkedHashSet<>(ObligationEvent.super.addressees());
        regions.add(newResponsible);
        regions.add(newOwed);
        return regions;
    }
}
