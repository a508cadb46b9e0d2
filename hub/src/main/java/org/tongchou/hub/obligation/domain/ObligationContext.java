package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * What a reconciliation needs besides the person: the policies, the division table, the business
 * date it is judged on, when the hub records the result, and what caused it (a fact's record key,
 * {@code deadline:DATE}, or an office).
 */
public record ObligationContext(PolicyBook book, RegionDirectory regions, LocalDate today, Instant recordedAt,
                                String cause) {
}
