package org.tongchou.hub.person.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.hub.entitlement.domain.Entitlement;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.entitlement.domain.Relationship;
import org.tongchou.hub.person.domain.fact.ReportedFact;

/**
 * What a fact's registration region comes to (docs/ACCESS.md, "The owner"): taken as it is when it
 * agrees with the owner or the owner names it; a claim when anyone else names another region.
 *
 * @param accepted the registration region the fact's event carries, or null
 * @param entitling owner changes: the ID number's region for a new person, a move the owner
 *     declared
 * @param claim the region claimed, when the fact's registration is a claim to record
 */
record Registration(String accepted, List<EntitlementChange> entitling, Optional<String> claim) {

  static Registration of(PersonState state, RecordFact command, PersonAccess access) {
    ReportedFact fact = command.fact().fact();
    String named = blankToNull(fact.person().registrationRegion());
    String recordKey = PersonState.recordKey(fact.region(), fact.recordId());
    List<EntitlementChange> entitling = new ArrayList<>();
    Optional<Entitlement> owner = access.ownerGrantOf(state);
    if (!state.isKnown()) {
      String anchor =
          command.fact().idNumber() == null ? null : access.anchorOf(command.fact().idNumber());
      if (anchor == null) {
        // No division of the table is named by the ID number: its first record names the owner.
        if (named != null) {
          entitling.add(EntitlementChange.granted(named, Relationship.OWNER, recordKey, null));
        }
        return new Registration(named, entitling, Optional.empty());
      }
      EntitlementChange byIdNumber =
          EntitlementChange.granted(anchor, Relationship.OWNER, PersonAccess.ID_NUMBER, null);
      entitling.add(byIdNumber);
      owner =
          Optional.of(
              new Entitlement(
                  anchor,
                  Relationship.OWNER,
                  PersonAccess.ID_NUMBER,
                  EntitlementChange.HUB,
                  null,
                  command.recordedAt(),
                  null,
                  null,
                  false));
    }
    if (named == null || owner.isEmpty() || access.agree(named, owner.get().region())) {
      return new Registration(named, entitling, Optional.empty());
    }
    if (access.regions().isWithin(owner.get().region(), command.reportedBy())) {
      // The owner itself names another registration region: a declaration, which holds at once.
      entitling.add(
          new EntitlementChange(
              EntitlementChange.Kind.ENDED,
              owner.get().region(),
              Relationship.OWNER,
              owner.get().basis(),
              command.reportedBy(),
              null,
              null,
              null));
      entitling.add(
          new EntitlementChange(
              EntitlementChange.Kind.GRANTED,
              named,
              Relationship.OWNER,
              recordKey,
              command.reportedBy(),
              null,
              fact.occurredOn(),
              null));
      return new Registration(named, entitling, Optional.empty());
    }
    boolean claimedAlready =
        state.claims().stream().anyMatch(c -> c.isOpen() && c.claimedRegion().equals(named));
    return new Registration(
        null, entitling, claimedAlready ? Optional.empty() : Optional.of(named));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
