package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.tongchou.hub.policy.domain.EffectivePolicy;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * What a reconciliation needs besides the person: the policies, the division table, the business
 * date it is judged on, when the hub records the result, and what caused it (a fact's record key,
 * {@code deadline:DATE}, or an office).
 */
public record ObligationContext(
    PolicyBook book,
    RegionDirectory regions,
    LocalDate today,
    Instant recordedAt,
    String cause,
    Map<String, String> reevaluateUnder) {

  /**
   * @param reevaluateUnder subjects an office re-evaluates, with the policy version to apply to
   *     each (empty: every obligation keeps the version it was opened under)
   */
  public ObligationContext {
    reevaluateUnder = Map.copyOf(reevaluateUnder);
  }

  public ObligationContext(
      PolicyBook book, RegionDirectory regions, LocalDate today, Instant recordedAt, String cause) {
    this(book, regions, today, recordedAt, cause, Map.of());
  }

  /**
   * The version an existing obligation is judged under: an office's re-evaluation, else its own.
   */
  Optional<EffectivePolicy> versionFor(String subject, String own) {
    return book.byVersion(reevaluateUnder.getOrDefault(subject, own));
  }
}
