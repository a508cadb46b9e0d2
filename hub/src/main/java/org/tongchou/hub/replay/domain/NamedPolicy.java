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

  /** The book, or empty when {@code book} holds no such version. */
  public static Optional<PolicyBook> book(PolicyBook book, String version) {
    Optional<PolicyDocument> named = book.document(version);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    PolicyDocument v = named.get();
    List<PolicyDocument> documents = new ArrayList<>();
    for (PolicyDocument d : book.documents()) {
      if (!d.scope().equals(v.scope())) {
        documents.add(d);
      }
    }
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
    return Optional.of(book.withDocuments(documents));
  }
}
