package org.tongchou.hub.residence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a person lived, as the recorded entries say. A person lives in one place at a time, but
 * the hub never drops a claim to make that true: overlapping claims of different reporters stay
 * side by side and are reported as conflicts.
 */
public final class ResidenceTimeline {

    private final List<ResidenceClaim> claims;

    private ResidenceTimeline(List<ResidenceClaim> claims) {
        this.claims = List.copyOf(claims);
    }

    public static ResidenceTimeline fold(List<ResidenceEntry> entries) {
        List<ResidenceClaim> claims = new ArrayList<>();
        for (ResidenceEntry entry : entries) {
            if (entry.kind() == ResidenceEntry.Kind.ARRIVAL) {
                supersedeOwnOpenClaims(claims, entry);
                claims.add(new ResidenceClaim(entry.recordId(), entry.region(), entry.reportedBy(), entry.on(),
                        null, null));
            } else {
                openClaimIndex(claims, entry.region()).ifPresent(i ->
                        claims.set(i, claims.get(i).endedOn(entry.on(), entry.reason())));
            }
        }
        return new ResidenceTimeline(claims);
    }

    /** A reporter that registers the person in a new place has, by that, ended its earlier stretch. */
    private static void supersedeOwnOpenClaims(List<ResidenceClaim> claims, ResidenceEntry arrival) {
        for (int i = 0; i < claims.size(); i++) {
            ResidenceClaim claim = claims.get(i);
            if (claim.isOpen() && claim.reportedBy().equals(arrival.reportedBy())
                    && !claim.from().isAfter(arrival.on())) {
                claims.set(i, claim.endedOn(arrival.on(), ResidenceClaim.SUPERSEDED));
            }
        }
    }

    private static Optional<Integer> openClaimIndex(List<ResidenceClaim> claims, String region) {
        for (int i = claims.size() - 1; i >= 0; i--) {
            if (claims.get(i).isOpen() && claims.get(i).region().equals(region)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The claims of other reporters that the given new arrival would overlap. */
    public List<ResidenceConflict> conflictsWith(ResidenceEntry arrival) {
        ResidenceClaim claimed = new ResidenceClaim(arrival.recordId(), arrival.region(), arrival.reportedBy(),
                arrival.on(), null, null);
        return claims.stream()
                .filter(existing -> !existing.reportedBy().equals(arrival.reportedBy()))
                .filter(existing -> existing.overlaps(claimed))
                .map(existing -> ResidenceConflict.between(existing, claimed))
                .toList();
    }

    public Optional<ResidenceClaim> openIn(String region) {
        return openClaimIndex(claims, region).map(claims::get);
    }

    public List<ResidenceClaim> claims() {
        return claims;
    }
}
