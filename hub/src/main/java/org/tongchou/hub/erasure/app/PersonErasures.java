package org.tongchou.hub.erasure.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.tongchou.hub.erasure.domain.PersonErased;
import org.tongchou.hub.person.app.ErasePerson;
import org.tongchou.hub.person.app.EventPositions;
import org.tongchou.hub.person.app.IdentityStore;
import org.tongchou.hub.person.app.PersonCommands;
import org.tongchou.hub.person.app.PersonHistory;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.sealing.app.PersonDataKeys;

/**
 * Erases a person in one transaction: the PersonErased event in their chain, their data key
 * deleted, their sealed identity emptied. The hash chain, the read models and the statistics keep
 * everything they hold, which is ciphertext, codes, dates and the pseudonymous person key.
 */
@Service
public class PersonErasures {

  /** The erasure as recorded, with the event's place in the global log. */
  public record Erased(PersonErased event, long position) {}

  private final PersonCommands persons;
  private final PersonDataKeys keys;
  private final IdentityStore identities;
  private final EventPositions positions;
  private final RegionDirectory regions;
  private final PersonIndex index;
  private final PersonHistory history;
  private final PersonAccess access;

  PersonErasures(
      PersonCommands persons,
      PersonDataKeys keys,
      IdentityStore identities,
      EventPositions positions,
      RegionDirectory regions,
      PersonIndex index,
      PersonHistory history,
      PersonAccess access) {
    this.index = index;
    this.history = history;
    this.access = access;
    this.persons = persons;
    this.keys = keys;
    this.identities = identities;
    this.positions = positions;
    this.regions = regions;
  }

  /**
   * Whether an office ({@code jurisdiction} null: the national office) may erase this person: the
   * office over their owner, the registration region as confirmed (docs/ACCESS.md, "The owner"),
   * never a region that merely named itself. Empty when the hub holds no identity for the key.
   */
  public Optional<Boolean> mayErase(String personKey, String jurisdiction) {
    if (identities.find(personKey).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        jurisdiction == null
            || history
                .stateOf(personKey)
                .flatMap(access::ownerOf)
                .map(owner -> regions.isWithin(owner, jurisdiction))
                .orElse(false));
  }

  /** The erasure, or the person's refusal (unknown, already erased). */
  public Decision erase(String personKey, String office, String reason, Instant at) {
    return persons.sendAll(
        List.of(new ErasePerson(personKey, office, reason, at)),
        () -> {
          keys.delete(personKey);
          index.forget(personKey);
          identities.erase(personKey, at);
        });
  }

  public Erased located(PersonErased event) {
    var ref = EventPositions.PersonEventRef.of(event);
    return new Erased(event, positions.of(List.of(ref)).get(ref).globalIndex());
  }
}
