package org.tongchou.hub.policy.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy that applies in one place on one day: a national version with, where a province has
 * one, that province's override laid over it. Its {@link #version} names both ({@code
 * national-2009.1+320000-2021.1}), and is what every obligation records.
 */
public final class EffectivePolicy {

  private final String version;
  private final PolicyDocument national;
  private final PolicyDocument override;
  private final HolidayCalendar calendar;
  private final Map<String, ObligationRule> rules = new LinkedHashMap<>();
  private final Map<String, Eligibility> eligibility = new LinkedHashMap<>();
  // Reconciliation asks for these after every fact of every person; an effective policy is built
  // once per version (PolicyBook caches it), so they are worked out here, once.
  private final List<ObligationRule> periodRules;
  private final Map<String, List<ObligationRule>> rulesByOpeningFact = new LinkedHashMap<>();

  EffectivePolicy(PolicyDocument national, PolicyDocument override, HolidayCalendar calendar) {
    this.national = national;
    this.override = override;
    this.calendar = calendar;
    this.version =
        override == null ? national.version() : national.version() + "+" + override.version();
    national.obligations().forEach(rule -> rules.put(rule.kind(), rule));
    eligibility.putAll(national.eligibility() == null ? Map.of() : national.eligibility());
    if (override != null) {
      if (override.obligations() != null) {
        override.obligations().forEach(rule -> rules.put(rule.kind(), rule));
      }
      if (override.eligibility() != null) {
        eligibility.putAll(override.eligibility());
      }
    }
    List<ObligationRule> ruleList = List.copyOf(rules.values());
    periodRules = ruleList.stream().filter(rule -> rule.opensOn().byResidencePeriod()).toList();
    for (ObligationRule rule : ruleList) {
      if (!rule.opensOn().byResidencePeriod()) {
        rulesByOpeningFact.computeIfAbsent(rule.opensOn().fact(), k -> new ArrayList<>()).add(rule);
      }
    }
  }

  public String version() {
    return version;
  }

  public HolidayCalendar calendar() {
    return calendar;
  }

  /**
   * The rules a residence opens for each period it lasts long enough in, enabled or not, in the
   * order the national policy lists them.
   */
  public List<ObligationRule> periodRules() {
    return periodRules;
  }

  /** The rules a fact of this type opens, in the same order. */
  public List<ObligationRule> rulesOpenedBy(String factType) {
    return rulesByOpeningFact.getOrDefault(factType, List.of());
  }

  public Optional<ObligationRule> rule(String kind) {
    return Optional.ofNullable(rules.get(kind));
  }

  public Optional<Eligibility> eligibility(String name) {
    return Optional.ofNullable(eligibility.get(name));
  }

  public int dueSoonDays() {
    return override != null && override.dueSoonDays() != null
        ? override.dueSoonDays()
        : national.dueSoonDays();
  }

  public int conflictFinalAfterDays() {
    if (override != null
        && override.conflicts() != null
        && override.conflicts().finalAfterDays() != null) {
      return override.conflicts().finalAfterDays();
    }
    return national.conflicts().finalAfterDays();
  }

  public List<Indicator> indicators(Side side) {
    if (override != null && override.indicators() != null) {
      List<Indicator> replaced =
          side == Side.INFLOW ? override.indicators().inflow() : override.indicators().outflow();
      if (replaced != null) {
        return replaced;
      }
    }
    return national.indicators().of(side);
  }
}
