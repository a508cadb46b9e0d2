package org.tongchou.hub.obligation.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.app.ApproveIdentityLink;
import org.tongchou.hub.person.app.ConfirmIdentityLink;
import org.tongchou.hub.person.app.EndIdentityLink;
import org.tongchou.hub.person.app.IdentityStore;
import org.tongchou.hub.person.app.PersonCommands;
import org.tongchou.hub.person.app.PersonHistory;
import org.tongchou.hub.person.app.PersonLinks;
import org.tongchou.hub.person.app.RequestIdentityLink;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.IdentityLink;
import org.tongchou.hub.person.domain.IdentityLinks;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * The identity-link workflow: who may ask, who may confirm (a second party: a registration region
 * of either person or a coordination office, never the requester's jurisdiction), and the routing
 * row written in the same transaction as the link's events.
 */
@Service
public class IdentityLinkService {

  private final PersonHistory history;
  private final IdentityStore identities;
  private final PersonAccess access;
  private final RegionDirectory regions;
  private final PersonCommands persons;
  private final PersonLinks links;
  private final Clock clock;

  IdentityLinkService(
      PersonHistory history,
      IdentityStore identities,
      PersonAccess access,
      RegionDirectory regions,
      PersonCommands persons,
      PersonLinks links,
      Clock clock) {
    this.history = history;
    this.identities = identities;
    this.access = access;
    this.regions = regions;
    this.persons = persons;
    this.links = links;
    this.clock = clock;
  }

  /** A person as the store holds them, with the registration region first given. */
  private record Person(PersonState state, String firstRegistration) {
    Set<String> registrations() {
      Set<String> all = new HashSet<>(state.registrationRegions());
      if (firstRegistration != null) {
        all.add(firstRegistration);
      }
      return all;
    }
  }

  public Decision request(Caller caller, String keepKey, String aliasKey, String reason) {
    if (caller.role() == Role.AUDITOR) {
      return refused(
          Refusal.Kind.PERMISSION_DENIED, "READ_ONLY", "an auditor reads and writes nothing");
    }
    Optional<Person> keep = load(keepKey).filter(p -> mayRead(caller, p));
    Optional<Person> alias = load(aliasKey).filter(p -> mayRead(caller, p));
    if (keep.isEmpty() || alias.isEmpty()) {
      return refused(
          Refusal.Kind.NOT_FOUND,
          "PERSON_NOT_FOUND",
          "no person with "
              + (keep.isEmpty() ? "keep_id_number" : "alias_id_number")
              + " that "
              + caller.describe()
              + " may read");
    }
    return persons.send(
        new RequestIdentityLink(
            aliasKey,
            keepKey,
            keep.get().state().linkedInto(keepKey).isPresent(),
            caller.officeCode(),
            reason,
            now()));
  }

  /**
   * Confirms (both streams, and the routing row), declines (the alias's stream) or splits (both,
   * row removed).
   */
  public Decision act(Caller caller, String linkId, String outcome, String reason) {
    Optional<String[]> keys = IdentityLinks.keysOf(linkId);
    if (keys.isEmpty()) {
      return new Decision.Refused(
          Refusal.invalid(
              List.of(
                  new FieldViolation("link_id", "not a link id (link/ALIAS_KEY/PRIMARY_KEY#n)"))));
    }
    String aliasKey = keys.get()[0];
    String primaryKey = keys.get()[1];
    Optional<Person> alias = load(aliasKey);
    Optional<Person> primary = load(primaryKey);
    Optional<IdentityLink> link = alias.flatMap(p -> p.state().link(linkId));
    if (link.isEmpty() || primary.isEmpty()) {
      return refused(Refusal.Kind.NOT_FOUND, "LINK_NOT_FOUND", "no link " + linkId);
    }
    boolean requester =
        caller.officeCode() != null && caller.officeCode().equals(link.get().requestedBy());
    Set<String> owners = ownersOf(alias.get(), primary.get());
    Set<String> held = held(caller, owners);
    if (requester || held.isEmpty()) {
      return refused(
          Refusal.Kind.PERMISSION_DENIED,
          "NOT_SECOND_PARTY",
          caller.describe()
              + (requester
                  ? " asked for this link; a second party must act on it"
                  : " is neither the owner of these persons nor an office over one"));
    }
    Instant now = now();
    String by = caller.officeCode();
    if ("confirm".equals(outcome) && !coversEveryOwner(alias.get(), link.get(), owners, held)) {
      // The owners differ and not all have approved: this owner's approval waits for the other's.
      return persons.send(new ApproveIdentityLink(aliasKey, linkId, by, now));
    }
    if ("confirm".equals(outcome)) {
      return persons.sendAll(
          List.of(
              new ConfirmIdentityLink(
                  aliasKey, linkId, aliasKey, primaryKey, link.get().requestedBy(), by, now),
              new ConfirmIdentityLink(
                  primaryKey, linkId, aliasKey, primaryKey, link.get().requestedBy(), by, now)),
          () -> links.link(aliasKey, primaryKey, linkId, now));
    }
    if (IdentityUnlinked.DECLINED.equals(outcome)) {
      return persons.send(
          new EndIdentityLink(aliasKey, linkId, aliasKey, primaryKey, outcome, by, reason, now));
    }
    return persons.sendAll(
        List.of(
            new EndIdentityLink(aliasKey, linkId, aliasKey, primaryKey, outcome, by, reason, now),
            new EndIdentityLink(
                primaryKey, linkId, aliasKey, primaryKey, outcome, by, reason, now)),
        () -> links.unlink(aliasKey));
  }

  /** The owners of the two persons (one, when they share it). */
  private Set<String> ownersOf(Person alias, Person primary) {
    Set<String> owners = new java.util.LinkedHashSet<>();
    access.ownerOf(alias.state()).ifPresent(owners::add);
    access.ownerOf(primary.state()).ifPresent(owners::add);
    return owners;
  }

  /** The owners the caller holds: within its jurisdiction; the national office holds all. */
  private Set<String> held(Caller caller, Set<String> owners) {
    if (caller.role() == Role.AUDITOR) {
      return Set.of();
    }
    if (caller.isNationalOffice()) {
      return owners;
    }
    Set<String> held = new java.util.LinkedHashSet<>();
    owners.stream()
        .filter(owner -> regions.isWithin(owner, caller.jurisdiction()))
        .forEach(held::add);
    return held;
  }

  /**
   * Whether, with the caller's confirmation, every owner agrees (DECISIONS.md: when the two persons
   * have different owners, both confirm, or the lowest office over both does): what the caller
   * holds, the owners that approved before, and the requester if it is an owner itself.
   */
  private boolean coversEveryOwner(
      Person alias, IdentityLink link, Set<String> owners, Set<String> held) {
    Set<String> agreed = new java.util.HashSet<>(held);
    Set<String> approvers = new java.util.HashSet<>(alias.state().approvalsOf(link.linkId()));
    approvers.add(link.requestedBy());
    for (String owner : owners) {
      for (String approver : approvers) {
        if (!Caller.NATIONAL.equals(approver) && regions.isWithin(owner, approver)) {
          agreed.add(owner);
        }
      }
    }
    return agreed.containsAll(owners);
  }

  /** Asking to link a person needs the identity: a party that only reported them may not. */
  private boolean mayRead(Caller caller, Person person) {
    return access.viewOf(caller.asReader(clock.instant()), person.state()).seesIdentity();
  }

  private Optional<Person> load(String key) {
    return history
        .stateOf(key)
        .map(
            state ->
                new Person(
                    state,
                    identities
                        .find(key)
                        .map(IdentityStore.Identity::registrationRegion)
                        .orElse(null)));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static Decision refused(Refusal.Kind kind, String reason, String message) {
    return new Decision.Refused(new Refusal(kind, reason, message, List.of()));
  }
}
