package org.tongchou.hub.policy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a policy, as loaded: the national policy ({@code scope} {@code national}) or a
 * province's override of parts of it ({@code scope} = the province's code), in force from {@code
 * effectiveFrom}. An override lists only what it changes: a rule replaces the base rule of the same
 * kind, an indicator list replaces the base list of that role, a setting replaces the base setting.
 */
public record PolicyDocument(
    String version,
    LocalDate effectiveFrom,
    String scope,
    String calendar,
    Integer dueSoonDays,
    Map<String, Eligibility> eligibility,
    List<ObligationRule> obligations,
    ConflictRules conflicts,
    Indicators indicators) {

  public static final String NATIONAL = "national";

  public boolean isNational() {
    return NATIONAL.equals(scope);
  }

  /** How residence conflicts end (DOMAIN.md, "Residence timeline"). */
  public record ConflictRules(Integer finalAfterDays) {}
}
