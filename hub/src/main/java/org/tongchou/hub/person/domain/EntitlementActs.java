package org.tongchou.hub.person.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.entitlement.domain.Entitlement;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.entitlement.domain.Relationship;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.residence.domain.ResidenceClaim;

/**
 * The acts of owners and offices on who may read a person (docs/ACCESS.md): deciding a registration
 * claim, contesting an arrival and ruling on it, confirming an arrival that did not match, granting
 * time-limited access. Plain Java: each returns the events to record and the entitlement changes
 * they make, or a refusal.
 */
public final class EntitlementActs {

  /** The longest a time-limited grant may run. */
  public static final Duration LONGEST_GRANT = Duration.ofDays(90);

  private EntitlementActs() {}

  /** Decides one act; the reason is already sealed with the person's key. */
  public static Decision decide(
      PersonState state,
      PersonAccess access,
      AccessAct act,
      Caller actor,
      String reason,
      Instant at) {
    if (actor.role() == Role.AUDITOR) {
      return new Decision.Refused(
          new Refusal(
              Refusal.Kind.PERMISSION_DENIED,
              "READ_ONLY",
              "an auditor reads and acts on nothing",
              List.of()));
    }
    return act.accept(new Acting(state, access, actor, reason, at));
  }

  /** The owner's own act: its region, or an office over it (the national office over all). */
  private static Optional<Refusal> ownerOnly(PersonState state, PersonAccess access, Caller actor) {
    boolean owner =
        actor.role() != Role.AUDITOR
            && (actor.isNationalOffice() || access.isOwner(state, actor.jurisdiction()));
    return owner
        ? Optional.empty()
        : Optional.of(
            new Refusal(
                Refusal.Kind.PERMISSION_DENIED,
                "NOT_THE_OWNER",
                actor.describe() + " is not the person's registration region nor an office over it",
                List.of()));
  }

  private static Optional<Entitlement> residenceOf(
      PersonState state, PersonAccess access, String arrivalKey) {
    return access.entitlementsOf(state).stream()
        .filter(
            e ->
                e.relationship() == Relationship.RESIDENCE
                    && e.basis().equals(arrivalKey)
                    && e.endedAt() == null)
        .findFirst();
  }

  private static EntitlementChange ended(Entitlement e, String by) {
    return change(EntitlementChange.Kind.ENDED, e, by, null);
  }

  private static EntitlementChange change(
      EntitlementChange.Kind kind, Entitlement e, String by, String reason) {
    return new EntitlementChange(
        kind, e.region(), e.relationship(), e.basis(), by, reason, null, null);
  }

  private static Decision refused(
      Refusal.Kind kind, String reason, String field, String description) {
    return new Decision.Refused(
        new Refusal(
            kind,
            reason,
            field + ": " + description,
            List.of(new FieldViolation(field, description))));
  }

  /**
   * Decides each kind of act by {@code actor} on the person ({@code state}), with its reason and
   * time: a new kind of act fails to compile here until it is decided.
   */
  private record Acting(
      PersonState state, PersonAccess access, Caller actor, String reason, Instant at)
      implements AccessAct.Visitor<Decision> {

    /** The owner, or an office over it, confirms or rejects a registration claim. */
    @Override
    public Decision decideClaim(AccessAct.DecideClaim act) {
      Optional<PersonState.RegistrationClaim> claim = state.claim(act.claimId());
      if (claim.isEmpty()) {
        return refused(Refusal.Kind.NOT_FOUND, "CLAIM_NOT_FOUND", "claim_id", "no such claim");
      }
      Optional<Refusal> notOwner = ownerOnly(state, access, actor);
      if (notOwner.isPresent()) {
        return new Decision.Refused(notOwner.get());
      }
      if (!claim.get().isOpen()) {
        return refused(
            Refusal.Kind.FAILED_PRECONDITION, "CLAIM_DECIDED", "claim_id", "already decided");
      }
      PersonState.RegistrationClaim c = claim.get();
      Chain chain = new Chain(state);
      chain.add(
          (sequence, previous) ->
              new RegistrationClaimDecided(
                  state.personKey(),
                  sequence,
                  c.claimId(),
                  c.claimedRegion(),
                  c.claimedBy(),
                  act.confirm(),
                  actor.officeCode(),
                  reason,
                  at,
                  previous,
                  null));
      List<EntitlementChange> entitling = new ArrayList<>(PersonAccess.legacyGrants(state));
      if (act.confirm()) {
        access
            .ownerGrantOf(state)
            .ifPresent(owner -> entitling.add(ended(owner, actor.officeCode())));
        entitling.add(
            new EntitlementChange(
                EntitlementChange.Kind.GRANTED,
                c.claimedRegion(),
                Relationship.OWNER,
                c.claimId(),
                actor.officeCode(),
                reason,
                c.effectiveOn(),
                null));
      }
      return Decision.Accepted.of(chain.events()).entitling(entitling, true);
    }

    /** The owner contests an arrival: the destination's entitlement is suspended. */
    @Override
    public Decision contest(AccessAct.Contest act) {
      Optional<Entitlement> residence = residenceOf(state, access, act.arrivalKey());
      if (residence.isEmpty()) {
        return refused(
            Refusal.Kind.NOT_FOUND,
            "ARRIVAL_NOT_FOUND",
            "arrival_key",
            "no arrival with this record key holds an entitlement");
      }
      Optional<Refusal> notOwner = ownerOnly(state, access, actor);
      if (notOwner.isPresent()) {
        return new Decision.Refused(notOwner.get());
      }
      if (state.isContested(act.arrivalKey())) {
        return refused(
            Refusal.Kind.FAILED_PRECONDITION,
            "ARRIVAL_CONTESTED",
            "arrival_key",
            "already contested; the office over both rules on it");
      }
      Chain chain = new Chain(state);
      chain.add(
          (sequence, previous) ->
              new ArrivalContested(
                  state.personKey(),
                  sequence,
                  act.arrivalKey(),
                  residence.get().region(),
                  act.ground(),
                  actor.officeCode(),
                  reason,
                  at,
                  previous,
                  null));
      List<EntitlementChange> entitling = new ArrayList<>(PersonAccess.legacyGrants(state));
      entitling.add(
          change(EntitlementChange.Kind.SUSPENDED, residence.get(), actor.officeCode(), reason));
      return Decision.Accepted.of(chain.events()).entitling(entitling, true);
    }

    /** The office over the owner and the destination rules on a contested arrival. */
    @Override
    public Decision ruleOnContest(AccessAct.RuleOnContest act) {
      Optional<Entitlement> residence = residenceOf(state, access, act.arrivalKey());
      if (residence.isEmpty() || !state.isContested(act.arrivalKey())) {
        return refused(
            Refusal.Kind.FAILED_PRECONDITION,
            "NOT_CONTESTED",
            "arrival_key",
            "no contest of this arrival waits for a ruling");
      }
      String owner = access.ownerOf(state).orElse(null);
      boolean overBoth =
          actor.role() == Role.OFFICE
              && (actor.isNationalOffice()
                  || owner != null
                      && access.regions().isWithin(owner, actor.jurisdiction())
                      && access.regions().isWithin(residence.get().region(), actor.jurisdiction()));
      if (!overBoth) {
        return new Decision.Refused(
            new Refusal(
                Refusal.Kind.PERMISSION_DENIED,
                "NOT_OFFICE_OVER_BOTH",
                actor.describe()
                    + " is not a coordination office over both the owner and "
                    + residence.get().region(),
                List.of()));
      }
      Chain chain = new Chain(state);
      chain.add(
          (sequence, previous) ->
              new ArrivalContestRuled(
                  state.personKey(),
                  sequence,
                  act.arrivalKey(),
                  residence.get().region(),
                  act.upheld(),
                  actor.officeCode(),
                  reason,
                  at,
                  previous,
                  null));
      List<EntitlementChange> entitling = new ArrayList<>(PersonAccess.legacyGrants(state));
      entitling.add(
          change(
              act.upheld() ? EntitlementChange.Kind.ENDED : EntitlementChange.Kind.RESTORED,
              residence.get(),
              actor.officeCode(),
              reason));
      return Decision.Accepted.of(chain.events()).entitling(entitling, true);
    }

    /** The owner confirms an arrival whose identity did not match: the destination resides. */
    @Override
    public Decision confirmArrival(AccessAct.ConfirmArrival act) {
      Optional<ResidenceClaim> claim = state.timeline().claim(act.arrivalKey());
      if (claim.isEmpty() || !claim.get().isOpen()) {
        return refused(
            Refusal.Kind.NOT_FOUND,
            "ARRIVAL_NOT_FOUND",
            "arrival_key",
            "no open residence was reported with this record key");
      }
      Optional<Refusal> notOwner = ownerOnly(state, access, actor);
      if (notOwner.isPresent()) {
        return new Decision.Refused(notOwner.get());
      }
      if (residenceOf(state, access, act.arrivalKey()).isPresent()) {
        return refused(
            Refusal.Kind.FAILED_PRECONDITION,
            "ALREADY_RESIDENCE",
            "arrival_key",
            "the destination already holds its residence entitlement");
      }
      List<EntitlementChange> entitling = new ArrayList<>(PersonAccess.legacyGrants(state));
      entitling.add(
          new EntitlementChange(
              EntitlementChange.Kind.GRANTED,
              claim.get().region(),
              Relationship.RESIDENCE,
              act.arrivalKey(),
              actor.officeCode(),
              reason,
              claim.get().from(),
              null));
      return Decision.Accepted.of(List.of()).entitling(entitling, true);
    }

    /**
     * Time-limited access: {@code EMERGENCY} by an office over the region, {@code SHARED} by the
     * owner. The owner sees it on its feed.
     */
    @Override
    public Decision grant(AccessAct.Grant act) {
      if (act.until() == null
          || !act.until().isAfter(at)
          || act.until().isAfter(at.plus(LONGEST_GRANT))) {
        return refused(
            Refusal.Kind.INVALID_ARGUMENT,
            "BAD_UNTIL",
            "until",
            "must be in the future and at most " + LONGEST_GRANT.toDays() + " days ahead");
      }
      Optional<Refusal> notAllowed =
          switch (act.kind()) {
            case EMERGENCY ->
                actor.role() == Role.OFFICE
                        && (actor.isNationalOffice()
                            || access.regions().isWithin(act.region(), actor.jurisdiction()))
                    ? Optional.empty()
                    : Optional.of(
                        new Refusal(
                            Refusal.Kind.PERMISSION_DENIED,
                            "NOT_OFFICE_OVER_REGION",
                            "emergency access is granted by a coordination office over "
                                + act.region(),
                            List.of()));
            case SHARED -> ownerOnly(state, access, actor);
            case OWNER, RESIDENCE ->
                Optional.of(
                    new Refusal(
                        Refusal.Kind.INVALID_ARGUMENT,
                        "BAD_KIND",
                        "only emergency or shared access is granted",
                        List.of(new FieldViolation("kind", "emergency or shared"))));
          };
      if (notAllowed.isPresent()) {
        return new Decision.Refused(notAllowed.get());
      }
      List<EntitlementChange> entitling = new ArrayList<>(PersonAccess.legacyGrants(state));
      entitling.add(
          new EntitlementChange(
              EntitlementChange.Kind.GRANTED,
              act.region(),
              act.kind(),
              "grant:" + at,
              actor.officeCode(),
              reason,
              null,
              act.until()));
      return Decision.Accepted.of(List.of()).entitling(entitling, true);
    }
  }
}
