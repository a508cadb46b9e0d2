package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.person.domain.KnownFact;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.VerificationAnswered;
import org.tongchou.hub.policy.domain.Evidence;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * Finds the fact that fulfils an obligation: of all that qualify, the one with the earliest date
 * that counts (the record first recorded on a tie), so that a later duplicate report never makes a
 * met obligation late.
 */
final class EvidenceSearch {

  /** A qualifying fact and the date it is judged by. */
  record Found(KnownFact fact, LocalDate settledOn) {}

  /**
   * Where the evidence may lie: the opening fact (null for coverage duties), the responsible
   * region, and the business-date window (null ends: open).
   */
  record Scope(KnownFact opening, String responsible, LocalDate from, LocalDate until) {}

  private final Map<String, List<KnownFact>> factsByType;
  private final RegionDirectory regions;

  /**
   * The facts of a type by date, sorted on first use (empty when one has no date): a search then
   * reads only the facts inside its window, and stops at the first that qualifies when timeliness
   * goes by business date. A long history is searched once per duty.
   */
  private final Map<String, List<KnownFact>> byDate = new HashMap<>();

  EvidenceSearch(Map<String, List<KnownFact>> factsByType, RegionDirectory regions) {
    this.factsByType = factsByType;
    this.regions = regions;
  }

  Optional<Found> find(Evidence evidence, Scope scope) {
    if (evidence.isSelf()) {
      return Optional.of(new Found(scope.opening(), settledOn(evidence, scope.opening())));
    }
    List<KnownFact> all = factsByType.getOrDefault(evidence.fact(), List.of());
    List<KnownFact> sorted = byDate.computeIfAbsent(evidence.fact(), t -> sortedByDate(all));
    boolean dated = sorted.size() == all.size();
    Stream<Found> qualifying =
        (dated ? within(sorted, scope) : all)
            .stream()
                .filter(
                    f ->
                        evidence.source() == Evidence.Source.ANY
                            || regions.sameLine(f.region(), scope.responsible()))
                .filter(f -> scope.from() == null || !f.occurredOn().isBefore(scope.from()))
                .filter(f -> scope.until() == null || !f.occurredOn().isAfter(scope.until()))
                .filter(f -> matchesWhere(evidence, f))
                .filter(
                    f ->
                        !Boolean.TRUE.equals(evidence.answersOpening())
                            || answers(f, scope.opening()))
                .filter(
                    f ->
                        !Boolean.TRUE.equals(evidence.sameChild()) || sameChild(f, scope.opening()))
                .filter(
                    f ->
                        !Boolean.TRUE.equals(evidence.validOnOpening())
                            || validOn(f, scope.opening()))
                .map(f -> new Found(f, settledOn(evidence, f)));
    if (dated && evidence.timing() == Evidence.Timing.OCCURRED) {
      // Sorted by business date, then by place in the stream: the first that qualifies is the
      // earliest.
      return qualifying.findFirst();
    }
    // No two facts share a place in the stream, so the earliest does not depend on the order
    // searched.
    return qualifying.min(
        Comparator.comparing(Found::settledOn)
            .thenComparing(found -> found.fact().personSequence()));
  }

  /** The dated facts inside the scope's window. */
  private static List<KnownFact> within(List<KnownFact> sorted, Scope scope) {
    int from = scope.from() == null ? 0 : firstNotBefore(sorted, scope.from());
    int to =
        scope.until() == null ? sorted.size() : firstNotBefore(sorted, scope.until().plusDays(1));
    return from >= to ? List.of() : sorted.subList(from, to);
  }

  /** By business date, then by place in the stream; empty when a fact has no date. */
  private static List<KnownFact> sortedByDate(List<KnownFact> facts) {
    if (facts.stream().anyMatch(f -> f.occurredOn() == null)) {
      return List.of();
    }
    List<KnownFact> sorted = new ArrayList<>(facts);
    sorted.sort(
        Comparator.comparing(KnownFact::occurredOn).thenComparingLong(KnownFact::personSequence));
    return sorted;
  }

  /** The index of the first fact dated {@code day} or later (the size when there is none). */
  private static int firstNotBefore(List<KnownFact> sorted, LocalDate day) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted.get(middle).occurredOn().isBefore(day)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static LocalDate settledOn(Evidence evidence, KnownFact fact) {
    return evidence.timing() == Evidence.Timing.RECORDED
        ? BusinessDates.dateOf(fact.recordedAt())
        : fact.occurredOn();
  }

  private static boolean matchesWhere(Evidence evidence, KnownFact fact) {
    if (evidence.where() == null) {
      return true;
    }
    return evidence.where().entrySet().stream()
        .allMatch(e -> e.getValue().contains(FactFields.text(fact.data(), e.getKey())));
  }

  private static boolean answers(KnownFact fact, KnownFact opening) {
    return fact.data() instanceof VerificationAnswered answer
        && opening != null
        && Objects.equals(answer.requestRecordId(), opening.recordId())
        && Objects.equals(answer.requestRegion(), opening.reportingRegion());
  }

  static boolean sameChild(KnownFact fact, KnownFact opening) {
    return fact.data() instanceof BirthRegistered a
        && opening != null
        && opening.data() instanceof BirthRegistered b
        && a.child() != null
        && b.child() != null
        && Objects.equals(a.child().bornOn(), b.child().bornOn())
        && a.child().birthOrder() == b.child().birthOrder();
  }

  private static boolean validOn(KnownFact fact, KnownFact opening) {
    return fact.data() instanceof CertificateIssued certificate
        && opening != null
        && certificate.validUntil() != null
        && !certificate.validUntil().isBefore(opening.occurredOn());
  }
}
