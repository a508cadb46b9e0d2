package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.ConflictOffices;
import org.tongchou.hub.person.domain.ConflictRecord;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.residence.domain.ResidenceClaim;
import org.tongchou.hub.residence.domain.ResidenceConflict;

/**
 * How residence conflicts end (DOMAIN.md, "Residence timeline"): an office rules; a region
 * withdraws or corrects its claim so that the two no longer share a day; or nobody contests the
 * provisional decision within the policy's period and it becomes final.
 */
public final class ConflictRulings {

  private ConflictRulings() {}

  /**
   * An office's ruling that the person lived in {@code residenceRegion}: {@code jurisdiction} is
   * the office's (null for the national office), which must hold both regions.
   *
   * @param reason sealed with the person's key
   */
  public record Ruling(
      String conflictId,
      String residenceRegion,
      String office,
      String jurisdiction,
      String reason,
      Instant recordedAt) {}

  /** Decides an office's {@link Ruling}. */
  public static Decision rule(
      String personKey, PersonState person, Ruling ruling, RegionDirectory regions) {
    Optional<ConflictRecord> found = person.conflict(ruling.conflictId());
    if (found.isEmpty()) {
      return new Decision.Refused(
          Refusal.precondition(
              "UNKNOWN_CONFLICT",
              "conflict_id",
              "this person has no residence conflict " + ruling.conflictId()));
    }
    ConflictRecord record = found.get();
    ResidenceConflict contested = record.conflict();
    if (ruling.jurisdiction() != null
        && !(regions.isWithin(contested.existing().region(), ruling.jurisdiction())
            && regions.isWithin(contested.claimed().region(), ruling.jurisdiction()))) {
      return new Decision.Refused(
          new Refusal(
              Refusal.Kind.PERMISSION_DENIED,
              "OUTSIDE_JURISDICTION",
              "conflict_id: "
                  + contested.existing().region()
                  + " and "
                  + contested.claimed().region()
                  + " are not both within office "
                  + ruling.office()
                  + "; the conflict is for office "
                  + ConflictOffices.escalatedTo(contested, regions),
              List.of(
                  new FieldViolation(
                      "conflict_id", "both regions must lie within your jurisdiction"))));
    }
    if (record.status() != ConflictRecord.Status.OPEN) {
      return new Decision.Refused(
          Refusal.precondition(
              "CONFLICT_CLOSED",
              "conflict_id",
              ruling.conflictId()
                  + " is "
                  + record.status().name().toLowerCase(Locale.ROOT)
                  + " already"));
    }
    ResidenceClaim existing = record.conflict().existing();
    ResidenceClaim claimed = record.conflict().claimed();
    if (!ruling.residenceRegion().equals(existing.region())
        && !ruling.residenceRegion().equals(claimed.region())) {
      return new Decision.Refused(
          Refusal.invalid(
              List.of(
                  new FieldViolation(
                      "residence_region",
                      "must be one of the two claims' regions, "
                          + existing.region()
                          + " or "
                          + claimed.region()))));
    }
    boolean claimedWins = ruling.residenceRegion().equals(claimed.region());
    ResidenceConflictRuled ruled =
        EventHashes.seal(
            new ResidenceConflictRuled(
                personKey,
                person.sequence() + 1,
                ruling.conflictId(),
                existing.region(),
                claimed.region(),
                ruling.residenceRegion(),
                claimedWins ? claimed.key() : existing.key(),
                claimedWins ? existing.key() : claimed.key(),
                ruling.office(),
                ruling.reason(),
                ruling.recordedAt(),
                person.lastHash(),
                null));
    return Decision.Accepted.of(List.of(ruled));
  }

  /** The conflicts that ended by themselves by today: withdrawn, or final. */
  public static List<PersonEvent> settle(
      String personKey, PersonState person, ObligationContext context) {
    List<PersonEvent> events = new ArrayList<>();
    long sequence = person.sequence();
    String previous = person.lastHash();
    for (ConflictRecord record : person.conflicts()) {
      if (record.status() != ConflictRecord.Status.OPEN) {
        continue;
      }
      ResidenceConflict conflict = record.conflict();
      String outcome = null;
      String residence = null;
      if (!stillContested(person, conflict)) {
        outcome = ResidenceConflictEnded.WITHDRAWN;
      } else if (!context.today().isBefore(finalOn(record, context.book(), context.regions()))) {
        outcome = ResidenceConflictEnded.FINAL;
        residence = conflict.provisionalRegion();
      }
      if (outcome != null) {
        ResidenceConflictEnded ended =
            EventHashes.seal(
                new ResidenceConflictEnded(
                    personKey,
                    ++sequence,
                    conflict.id(),
                    conflict.existing().region(),
                    conflict.claimed().region(),
                    outcome,
                    residence,
                    context.cause(),
                    context.recordedAt(),
                    previous,
                    null));
        previous = ended.hash();
        events.add(ended);
      }
    }
    return events;
  }

  /**
   * The day a conflict nobody contested becomes final: its recording date plus the policy's period.
   */
  public static LocalDate finalOn(ConflictRecord record, PolicyBook book, RegionDirectory regions) {
    return finalOn(record.recordedOn(), record.conflict().existing().region(), book, regions);
  }

  /**
   * The same from what a conflict was recorded with: the business day it was recorded on and the
   * region of the claim that was there first (whose province's policy counts the days).
   */
  public static LocalDate finalOn(
      LocalDate recordedOn, String existingRegion, PolicyBook book, RegionDirectory regions) {
    return recordedOn.plusDays(
        book.inForce(recordedOn, regions.provinceOf(existingRegion)).conflictFinalAfterDays());
  }

  /** Both claims still stand and still share at least one day. */
  private static boolean stillContested(PersonState person, ResidenceConflict conflict) {
    Optional<ResidenceClaim> existing = person.timeline().claim(conflict.existing().key());
    Optional<ResidenceClaim> claimed = person.timeline().claim(conflict.claimed().key());
    return existing.isPresent()
        && claimed.isPresent()
        && existing.get().region().equals(conflict.existing().region())
        && claimed.get().region().equals(conflict.claimed().region())
        && existing.get().overlaps(claimed.get());
  }
}
