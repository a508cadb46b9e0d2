package org.tongchou.hub.policy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every policy version the hub has ever loaded, and the holiday calendars. Immutable: loading a new
 * version makes a new book, so a decision in progress keeps the book it started with.
 *
 * <p>The policy of a duty is the one in force on the duty's opening date in the responsible
 * region's province; an obligation keeps the version it was opened under for good.
 */
public final class PolicyBook {

  private final List<PolicyDocument> documents;
  private final Map<String, HolidayCalendar> calendars;
  private final Map<String, EffectivePolicy> byVersion = new ConcurrentHashMap<>();

  public PolicyBook(List<PolicyDocument> documents, Map<String, HolidayCalendar> calendars) {
    List<PolicyDocument> sorted = new ArrayList<>(documents);
    sorted.sort(
        Comparator.comparing(PolicyDocument::effectiveFrom).thenComparing(PolicyDocument::version));
    this.documents = List.copyOf(sorted);
    this.calendars = Map.copyOf(calendars);
    if (this.documents.stream().noneMatch(PolicyDocument::isNational)) {
      throw new IllegalArgumentException("a policy book needs at least one national policy");
    }
  }

  public PolicyBook with(PolicyDocument document) {
    List<PolicyDocument> more = new ArrayList<>(documents);
    more.add(document);
    return new PolicyBook(more, calendars);
  }

  /** Another set of versions with the same calendars (a replay under a named version). */
  public PolicyBook withDocuments(List<PolicyDocument> others) {
    return new PolicyBook(others, calendars);
  }

  public List<PolicyDocument> documents() {
    return documents;
  }

  public Optional<PolicyDocument> document(String version) {
    return documents.stream().filter(d -> d.version().equals(version)).findFirst();
  }

  /**
   * The policy in force on {@code day} for {@code province}: the latest national version in force
   * then (the earliest one for days before any), with the province's latest override in force then
   * laid over it.
   */
  public EffectivePolicy inForce(LocalDate day, String province) {
    PolicyDocument national =
        latest(day, PolicyDocument.NATIONAL)
            .orElseGet(
                () ->
                    documents.stream()
                        .filter(PolicyDocument::isNational)
                        .findFirst()
                        .orElseThrow());
    PolicyDocument override = province == null ? null : latest(day, province).orElse(null);
    return effective(national, override);
  }

  /** A version as an obligation recorded it ({@code national} or {@code national+override}). */
  public Optional<EffectivePolicy> byVersion(String version) {
    // Asked for each pending obligation on every reconciliation: the cache answers first.
    EffectivePolicy known = byVersion.get(version);
    if (known != null) {
      return Optional.of(known);
    }
    String[] parts = version.split("\\+", 2);
    Optional<PolicyDocument> national = document(parts[0]).filter(PolicyDocument::isNational);
    Optional<PolicyDocument> override = parts.length == 2 ? document(parts[1]) : Optional.empty();
    if (national.isEmpty() || parts.length == 2 && override.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(effective(national.get(), override.orElse(null)));
  }

  private Optional<PolicyDocument> latest(LocalDate day, String scope) {
    PolicyDocument found = null;
    for (PolicyDocument document : documents) {
      if (document.scope().equals(scope) && !document.effectiveFrom().isAfter(day)) {
        found = document;
      }
    }
    return Optional.ofNullable(found);
  }

  private EffectivePolicy effective(PolicyDocument national, PolicyDocument override) {
    String key = national.version() + (override == null ? "" : "+" + override.version());
    return byVersion.computeIfAbsent(
        key, k -> new EffectivePolicy(national, override, calendar(national.calendar())));
  }

  private HolidayCalendar calendar(String name) {
    HolidayCalendar calendar = calendars.get(name);
    return calendar != null ? calendar : HolidayCalendar.weekendsOnly(name);
  }

  /** Exposed for the policy checks: which calendars exist. */
  Map<String, HolidayCalendar> calendars() {
    return new HashMap<>(calendars);
  }
}
