package org.tongchou.hub.obligation.domain;

import java.time.Instant;

/** A coordination office ({@code office}) waived an obligation, with its {@code reason}; final. */
public record ObligationWaived(String personKey, long personSequence, String obligationId, String responsible,
                               String owed, String office, String reason, String cause, Instant recordedAt,
                               String previousHash, String hash) implements ObligationEvent {

    @Override
    public ObligationWaived withHash(String newHash) {
        return new ObligationWaived(personKey, personSequence, obligationId, responsible, owed, office, reason, cause,
                recordedAt, previousHash, newHash);
    }
}
