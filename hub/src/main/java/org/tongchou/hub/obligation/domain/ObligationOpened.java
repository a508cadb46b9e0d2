package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.tongchou.hub.policy.domain.Side;

/**
 * A duty arose: of {@code kind}, about {@code subject} (the opening record's key, with the period
 * for coverage duties), binding {@code responsible} (scored in role {@code side}) towards
 * {@code owed}, due on {@code dueOn}, under policy {@code policyVersion}. It starts in
 * {@code status}: a duty the hub learns of late may already be met, or overdue.
 *
 * @param openedBy  the record key of the fact that opens it (for coverage duties: the arrival)
 * @param period    the coverage period's name ({@code 2026-Q1}); null for other duties
 * @param evidence  the record key of the fact that fulfils it, when already met
 * @param settledOn the date that counts for timeliness of that evidence
 */
public record ObligationOpened(String personKey, long personSequence, String obligationId, String kind,
                               String subject, Side side, String responsible, String owed, LocalDate opensOn,
                               LocalDate dueOn, String policyVersion, String openedBy, String period,
                               ObligationStatus status, String evidence, LocalDate settledOn, String cause,
                               Instant recordedAt, String previousHash, String hash) implements ObligationEvent {

    @Override
    public ObligationOpened withHash(String newHash) {
        return new ObligationOpened(personKey, personSequence, obligationId, kind, subject, side, responsible, owed,
                opensOn, dueOn, policyVersion, openedBy, period, status, evidence, settledOn, cause, recordedAt,
                previousHash, newHash);
    }
}
