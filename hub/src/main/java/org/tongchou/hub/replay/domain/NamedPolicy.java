package org.tongchou.hub.replay.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.policy.domain.PolicyDocument;

/**
 * The policy book of a replay under a named version: that version in force throughout its scope,
 * from the first day any duty can arise, in place of every other version of the same scope (a
 * national version for the national rules, a province's override for that province); every other
 * scope keeps its versions as they were in force by date. The named version's own effective date is
 * set aside on purpose: an auditor asks "what if this text had applied to this history", and a
 * version that only applied from its date on would change nothing before it.
 */
public final class NamedPolicy {

  /** Earlier than any business date the hub accepts. */
  static final LocalDate THROUGHOUT = LocalDate.of(1900, 1, 1);

  private NamedPolicy() {}

  /**
   * The book, or empty when {@code book} holds no such version. A version may also be named as a
   * re-evaluation names it ({@code Policies.ReevaluatePeriod}, as obligations record it): {@code
   * national+override} puts both in force throughout, each in place of the other versions of its
   * scope; {@code national+} (no override) puts the national version in force throughout and no
   * override anywhere, as a re-evaluation under a national version alone applies none.
   */
  public static Optional<PolicyBook> book(PolicyBook book, String version) {
    int plus = version.indexOf('+');
    if (plus < 0) {
      return book.document(version).map(v -> named(book.documents(), List.of(v), book, false));
    }
    Optional<PolicyDocument> national =
        book.document(version.substring(0, plus)).filter(PolicyDocument::isNational);
    String overrideName = version.substring(plus + 1);
    if (national.isEmpty()) {
      return Optional.empty();
    }
    if (overrideName.isEmpty()) {
      return Optional.of(named(book.documents(), List.of(national.get()), book, true));
    }
    Optional<PolicyDocument> override = book.document(overrideName).filter(o -> !o.isNational());
    return override.map(o -> named(book.documents(), List.of(national.get(), o), book, false));
  }

  /**
   * {@code book} with each of {@code named} in force throughout in place of the other versions of
   * its scope; with {@code noOverrides}, without any province's override.
   */
  private static PolicyBook named(
      List<PolicyDocument> all, List<PolicyDocument> named, PolicyBook book, boolean noOverrides) {
    List<PolicyDocument> documents = new ArrayList<>();
    for (PolicyDocument d : all) {
      boolean replaced = named.stream().anyMatch(v -> v.scope().equals(d.scope()));
      if (!replaced && !(noOverrides && !d.isNational())) {
        documents.add(d);
      }
    }
    for (PolicyDocument v : named) {
      documents.add(
          new PolicyDocument(
              v.version(),
              THROUGHOUT,
              v.scope(),
              v.calendar(),
              v.dueSoonDays(),
              v.eligibility(),
              v.obligations(),
              v.conflicts(),
              v.indicators()));
    }
    return book.withDocuments(documents);
  }
}
