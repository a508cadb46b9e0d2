package org.tongchou.hub.entitlement.domain;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one reader may see of one person (docs/ACCESS.md, "The matrix"): made by {@link
 * Disclosure#viewOf}, asked once per event.
 */
public final class View {

  private final Reader reader;
  private final List<Entitlement> mine;
  private final boolean reporter;
  private final Predicate<String> withinReader;

  View(Reader reader, List<Entitlement> mine, boolean reporter, Predicate<String> withinReader) {
    this.reader = reader;
    this.mine = List.copyOf(mine);
    this.reporter = reporter;
    this.withinReader = withinReader;
  }

  /** Whether the reader may know the person exists at all; else they are {@code NOT_FOUND}. */
  public boolean readsPerson() {
    return reader.everything() || reporter || !mine.isEmpty();
  }

  /** Whether the reader's jurisdiction reported any fact about the person. */
  public boolean reported() {
    return reporter;
  }

  /** Name, sex, birth date and registration region. A mere reporter does not see them. */
  public boolean seesIdentity() {
    return reader.everything()
        || mine.stream()
            .anyMatch(
                e ->
                    switch (e.relationship()) {
                      case OWNER -> true;
                      case RESIDENCE -> !e.suspended();
                      case EMERGENCY, SHARED -> e.holdsAt(reader.at());
                    });
  }

  /**
   * Whether the reader sees the whole history now: an auditor, the national office, the owner, an
   * emergency or shared grant that holds.
   */
  public boolean seesAll() {
    return reader.everything()
        || mine.stream()
            .anyMatch(
                e ->
                    switch (e.relationship()) {
                      case OWNER -> e.endedAt() == null;
                      case EMERGENCY, SHARED -> e.holdsAt(reader.at());
                      case RESIDENCE -> false;
                    });
  }

  /** The reader's relationships with the person, as they stand. */
  public java.util.Set<Relationship> relationships() {
    java.util.Set<Relationship> held = java.util.EnumSet.noneOf(Relationship.class);
    mine.forEach(e -> held.add(e.relationship()));
    return held;
  }

  /** Whether the reader sees this event. */
  public boolean sees(Facet facet) {
    if (reader.everything() || seesWholeHistoryOf(facet)) {
      return true;
    }
    return switch (facet.sensitivity()) {
      case OWNER_ONLY -> false;
      case EVERY_READER -> readsPerson();
      case ORDINARY -> isOwnBusiness(facet);
      case CERTIFICATE -> isOwnBusiness(facet) || residesFor(facet);
    };
  }

  /**
   * Whether the reader sees the whole of the event, or a residence's part of a certificate (number,
   * validity and verification result; not marital status, children or contraception).
   */
  public boolean seesWhole(Facet facet) {
    return reader.everything() || seesWholeHistoryOf(facet) || isOwnBusiness(facet);
  }

  /**
   * Whether the reader is a party to something binding these divisions (an obligation, a conflict).
   */
  public boolean isPartyTo(java.util.Collection<String> divisions) {
    return reader.everything() || divisions.stream().anyMatch(withinReader);
  }

  private boolean isOwnBusiness(Facet facet) {
    return facet.divisions().stream().anyMatch(withinReader);
  }

  private boolean seesWholeHistoryOf(Facet facet) {
    Instant now = reader.at();
    return mine.stream()
        .anyMatch(
            e ->
                switch (e.relationship()) {
                  // A former owner keeps what was recorded before the move was confirmed.
                  case OWNER -> e.endedAt() == null || facet.recordedAt().isBefore(e.endedAt());
                  case EMERGENCY, SHARED -> e.holdsAt(now);
                  case RESIDENCE -> false;
                });
  }

  private boolean residesFor(Facet facet) {
    return mine.stream()
        .anyMatch(
            e ->
                e.relationship() == Relationship.RESIDENCE
                    && !e.suspended()
                    && (e.endedAt() == null || facet.recordedAt().isBefore(e.endedAt())));
  }
}
