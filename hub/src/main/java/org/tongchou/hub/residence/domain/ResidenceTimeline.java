package org.tongchou.hub.residence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a person lived, as the recorded entries say. A person lives in one place at a time, but the
 * hub never drops a claim to make that true: overlapping claims of different reporters stay side by
 * side and are reported as conflicts.
 */
public final class ResidenceTimeline {

  private final List<ResidenceClaim> claims;

  /** The claims in the order they take a contested day: recorded order, moved by rulings. */
  private final List<ResidenceClaim> precedence;

  private ResidenceTimeline(List<ResidenceClaim> claims, List<Ruling> rulings) {
    this.claims = List.copyOf(claims);
    this.precedence = ordered(this.claims, rulings);
  }

  /**
   * An office's ruling on a conflict: the claim with key {@code winner} takes the days it shares
   * with the claim with key {@code loser}.
   */
  public record Ruling(String winner, String loser) {}

  public static ResidenceTimeline fold(List<ResidenceEntry> entries) {
    return fold(entries, List.of());
  }

  /** The claims the entries make, with the rulings applied to whose they are on contested days. */
  public static ResidenceTimeline fold(List<ResidenceEntry> entries, List<Ruling> rulings) {
    List<ResidenceClaim> claims = new ArrayList<>();
    for (ResidenceEntry entry : entries) {
      if (entry.kind() == ResidenceEntry.Kind.ARRIVAL) {
        supersedeOwnOpenClaims(claims, entry);
        claims.add(
            ownLaterArrival(claims, entry)
                .map(
                    next ->
                        new ResidenceClaim(
                            entry.recordId(),
                            entry.region(),
                            entry.reportedBy(),
                            entry.on(),
                            next,
                            ResidenceClaim.SUPERSEDED,
                            entry.key()))
                .orElse(
                    new ResidenceClaim(
                        entry.recordId(),
                        entry.region(),
                        entry.reportedBy(),
                        entry.on(),
                        null,
                        null,
                        entry.key())));
      } else {
        endableIndex(claims, entry.region())
            .ifPresent(
                i -> {
                  ResidenceClaim claim = claims.get(i);
                  LocalDate until =
                      claim.until() == null || entry.on().isBefore(claim.until())
                          ? entry.on()
                          : claim.until();
                  claims.set(i, claim.endedOn(until, entry.reason()));
                });
      }
    }
    return new ResidenceTimeline(claims, rulings);
  }

  private static List<ResidenceClaim> ordered(List<ResidenceClaim> claims, List<Ruling> rulings) {
    List<ResidenceClaim> order = new ArrayList<>(claims);
    for (Ruling ruling : rulings) {
      int winner = indexOf(order, ruling.winner());
      int loser = indexOf(order, ruling.loser());
      if (winner > loser && loser >= 0) {
        order.add(loser, order.remove(winner));
      }
    }
    return order;
  }

  private static int indexOf(List<ResidenceClaim> claims, String key) {
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The claim reported under {@code key}, if it still stands. */
  public Optional<ResidenceClaim> claim(String key) {
    return claims.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /**
   * A reporter that registers the person in a new place has, by that, ended its earlier stretch.
   */
  private static void supersedeOwnOpenClaims(List<ResidenceClaim> claims, ResidenceEntry arrival) {
    for (int i = 0; i < claims.size(); i++) {
      ResidenceClaim claim = claims.get(i);
      if (claim.isOpen()
          && claim.reportedBy().equals(arrival.reportedBy())
          && !claim.from().isAfter(arrival.on())) {
        claims.set(i, claim.endedOn(arrival.on(), ResidenceClaim.SUPERSEDED));
      }
    }
  }

  /**
   * A late-reported arrival that the same reporter already followed with a later one ends where
   * that later stretch begins, instead of leaving the person in two places at once.
   */
  private static Optional<LocalDate> ownLaterArrival(
      List<ResidenceClaim> claims, ResidenceEntry arrival) {
    return claims.stream()
        .filter(c -> c.reportedBy().equals(arrival.reportedBy()) && c.from().isAfter(arrival.on()))
        .map(ResidenceClaim::from)
        .min(LocalDate::compareTo);
  }

  /**
   * The stretch an end report in {@code region} applies to: the open one, or else one that was only
   * ended implicitly (superseded), whose real end may be reported late.
   */
  private static Optional<Integer> endableIndex(List<ResidenceClaim> claims, String region) {
    for (int i = claims.size() - 1; i >= 0; i--) {
      ResidenceClaim claim = claims.get(i);
      if (claim.region().equals(region)
          && (claim.isOpen() || ResidenceClaim.SUPERSEDED.equals(claim.endReason()))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The claims of other reporters that the given new arrival would overlap. */
  public List<ResidenceConflict> conflictsWith(ResidenceEntry arrival) {
    ResidenceClaim claimed =
        new ResidenceClaim(
            arrival.recordId(),
            arrival.region(),
            arrival.reportedBy(),
            arrival.on(),
            null,
            null,
            arrival.key());
    return claims.stream()
        .filter(existing -> !existing.reportedBy().equals(arrival.reportedBy()))
        // Two systems reporting the same county (a city's and a province's) agree, not conflict.
        .filter(existing -> !existing.region().equals(arrival.region()))
        .filter(existing -> existing.overlaps(claimed))
        .map(existing -> ResidenceConflict.between(existing, claimed))
        .toList();
  }

  /** The stretch in {@code region} an end report may close (see {@link #endableIndex}). */
  public Optional<ResidenceClaim> endableIn(String region) {
    return endableIndex(claims, region).map(claims::get);
  }

  /**
   * Where the person lived on {@code day}: of the claims covering it, the one recorded first (the
   * provisionally responsible region's while a conflict is open, DOMAIN.md).
   */
  public Optional<ResidenceClaim> residenceOn(LocalDate day) {
    for (ResidenceClaim claim : precedence) {
      if (claim.covers(day)) {
        return Optional.of(claim);
      }
    }
    return Optional.empty();
  }

  /** Whether another claim shares any day of [from, to] with {@code claim}. */
  public boolean contested(ResidenceClaim claim, LocalDate from, LocalDate to) {
    for (ResidenceClaim other : claims) {
      boolean overlaps =
          !other.equals(claim)
              && !other.from().isAfter(to)
              && (other.until() == null || other.until().isAfter(from));
      if (overlaps) {
        return true;
      }
    }
    return false;
  }

  /**
   * The days each claim is the person's residence, as non-overlapping segments in claim order: a
   * claim loses the days a claim before it in precedence holds (the one recorded first, unless an
   * office ruled otherwise), so that counting segments never counts a person twice.
   */
  public List<Segment> segments() {
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < precedence.size(); i++) {
      ResidenceClaim claim = precedence.get(i);
      List<LocalDate[]> free = new ArrayList<>();
      free.add(new LocalDate[] {claim.from(), claim.until()});
      for (int j = 0; j < i; j++) {
        free = minus(free, precedence.get(j));
      }
      for (LocalDate[] span : free) {
        segments.add(new Segment(claim, span[0], span[1], span[0].equals(claim.from())));
      }
    }
    segments.sort(Comparator.comparingInt(s -> claims.indexOf(s.claim())));
    return segments;
  }

  /**
   * Part of a claim that is the person's residence, [from, until); {@code starting}: it begins the
   * claim.
   */
  public record Segment(ResidenceClaim claim, LocalDate from, LocalDate until, boolean starting) {}

  private static List<LocalDate[]> minus(List<LocalDate[]> spans, ResidenceClaim taken) {
    List<LocalDate[]> left = new ArrayList<>();
    for (LocalDate[] span : spans) {
      LocalDate from = span[0];
      LocalDate until = span[1];
      boolean overlaps =
          (taken.until() == null || from.isBefore(taken.until()))
              && (until == null || taken.from().isBefore(until));
      if (!overlaps) {
        left.add(span);
        continue;
      }
      if (from.isBefore(taken.from())) {
        left.add(new LocalDate[] {from, taken.from()});
      }
      if (taken.until() != null && (until == null || taken.until().isBefore(until))) {
        left.add(new LocalDate[] {taken.until(), until});
      }
    }
    return left;
  }

  public List<ResidenceClaim> claims() {
    return claims;
  }
}
