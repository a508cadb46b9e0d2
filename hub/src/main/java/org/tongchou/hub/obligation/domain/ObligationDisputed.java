package org.tongchou.hub.obligation.domain;

import java.time.Instant;

/**
 * The responsible region ({@code disputedBy}: the jurisdiction that disputed) says the duty is not
 * its own, with its reason. The obligation goes on as it was until an office rules.
 */
public record ObligationDisputed(String personKey, long personSequence, String obligationId, String responsible,
                                 String owed, String disputedBy, String reason, String cause, Instant recordedAt,
                                 String previousHash, String hash) implements ObligationEvent {

    @Override
    public ObligationDisputed withHash(String newHash) {
        return new ObligationDisputed(personKey, personSequence, obligationId, responsible, owed, disputedBy, reason,
                cause, recordedAt, previousHash, newHash);
    }
}
