package org.tongchou.hub.policy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tongchou.hub.kernel.FieldViolation;

/**
 * Checks a policy document before the hub accepts it, naming every problem by its path in the
 * document ({@code obligations[2].due.days}), so that an office can fix its file in one go.
 */
public final class PolicyCheck {

  /** The statuses an indicator may count as fulfilled. */
  public static final Set<String> COUNTABLE = Set.of("met-on-time", "met-late");

  private static final String VERSION = "[A-Za-z0-9._-]{1,64}";
  private static final String KIND = "[a-z][a-z0-9-]{0,63}";

  private final Set<String> factTypes;
  private final Predicate<String> isProvince;
  private final List<FieldViolation> problems = new ArrayList<>();

  private PolicyCheck(Set<String> factTypes, Predicate<String> isProvince) {
    this.factTypes = factTypes;
    this.isProvince = isProvince;
  }

  /**
   * Every problem of {@code document}; for an override, {@code base} is the national policy it will
   * be laid over (references are checked against both).
   */
  public static List<FieldViolation> problems(
      PolicyDocument document,
      PolicyDocument base,
      Set<String> factTypes,
      Predicate<String> isProvince) {
    PolicyCheck check = new PolicyCheck(factTypes, isProvince);
    check.document(document, base);
    return List.copyOf(check.problems);
  }

  private void document(PolicyDocument d, PolicyDocument base) {
    if (d.version() == null || !d.version().matches(VERSION)) {
      fail("version", "required: 1 to 64 letters, digits, '.', '_' or '-'");
    }
    if (d.effectiveFrom() == null) {
      fail("effectiveFrom", "required, an ISO date");
    }
    boolean national = d.isNational();
    if (!national && (d.scope() == null || !isProvince.test(d.scope()))) {
      fail("scope", "must be 'national' or a province's division code (XX0000), got " + d.scope());
    }
    if (national) {
      require(d.calendar(), "calendar");
      require(d.dueSoonDays(), "dueSoonDays");
      require(
          d.conflicts() == null ? null : d.conflicts().finalAfterDays(),
          "conflicts.finalAfterDays");
      if (d.obligations() == null || d.obligations().isEmpty()) {
        fail("obligations", "a national policy lists at least one obligation rule");
      }
      if (d.indicators() == null
          || d.indicators().inflow() == null
          || d.indicators().outflow() == null) {
        fail(
            "indicators",
            "a national policy lists the indicators of both roles, inflow and outflow");
      }
    } else if (d.calendar() != null) {
      fail("calendar", "only the national policy names the holiday calendar");
    }
    range(d.dueSoonDays(), "dueSoonDays", 0, 60);
    range(
        d.conflicts() == null ? null : d.conflicts().finalAfterDays(),
        "conflicts.finalAfterDays",
        1,
        3650);
    Map<String, Eligibility> eligibility = new HashMap<>();
    if (base != null && base.eligibility() != null) {
      eligibility.putAll(base.eligibility());
    }
    if (d.eligibility() != null) {
      eligibility.putAll(d.eligibility());
      d.eligibility().forEach((name, e) -> eligibility("eligibility." + name, e));
    }
    Set<String> kinds = new HashSet<>();
    if (base != null) {
      base.obligations().forEach(r -> kinds.add(r.kind()));
    } else if (d.obligations() != null) {
      d.obligations().forEach(r -> kinds.add(r.kind()));
    }
    List<ObligationRule> rules = d.obligations() == null ? List.of() : d.obligations();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      ObligationRule rule = rules.get(i);
      String at = "obligations[" + i + "]";
      if (rule.kind() != null && !seen.add(rule.kind())) {
        fail(at + ".kind", "'" + rule.kind() + "' is listed twice");
      }
      rule(at, rule, eligibility);
      if (base != null && rule.kind() != null && !kinds.contains(rule.kind())) {
        // A province adjusts national duties; a new kind of duty is the national policy's to add.
        fail(
            at + ".kind",
            "the national policy has no rule of kind '" + rule.kind() + "' to override");
      }
    }
    if (d.indicators() != null) {
      indicators("indicators.inflow", d.indicators().inflow(), kinds, national);
      indicators("indicators.outflow", d.indicators().outflow(), kinds, national);
    }
  }

  private void eligibility(String at, Eligibility e) {
    if (e.sex() != null && !Set.of("M", "F").contains(e.sex())) {
      fail(at + ".sex", "M, F or left out (both)");
    }
    range(e.minAge(), at + ".minAge", 0, 150);
    range(e.maxAge(), at + ".maxAge", 0, 150);
    if (e.minAge() != null && e.maxAge() != null && e.minAge() > e.maxAge()) {
      fail(at, "minAge " + e.minAge() + " is above maxAge " + e.maxAge());
    }
  }

  private void rule(String at, ObligationRule rule, Map<String, Eligibility> eligibility) {
    if (rule.kind() == null || !rule.kind().matches(KIND)) {
      fail(at + ".kind", "required: lower-case words joined by '-', e.g. certificate-verification");
    }
    require(rule.responsible(), at + ".responsible");
    require(rule.owed(), at + ".owed");
    Opening opening = rule.opensOn();
    if (opening == null) {
      fail(at + ".opensOn", "required: a fact type, or a residence period");
      return;
    }
    boolean byPeriod = opening.byResidencePeriod();
    if (byPeriod == (opening.fact() != null)) {
      fail(at + ".opensOn", "name exactly one of fact or residencePeriod");
    }
    if (opening.fact() != null) {
      factType(at + ".opensOn.fact", opening.fact());
    }
    if (byPeriod) {
      require(opening.minimumDays(), at + ".opensOn.minimumDays");
      range(opening.minimumDays(), at + ".opensOn.minimumDays", 1, 366);
    }
    if (opening.eligibility() != null && !eligibility.containsKey(opening.eligibility())) {
      fail(
          at + ".opensOn.eligibility",
          "no eligibility named '" + opening.eligibility() + "' in this policy or its base");
    }
    if (rule.responsible() == Party.RESIDENCE_ON_BIRTH_DATE
        && !"BirthRegistered".equals(opening.fact())) {
      fail(at + ".responsible", "residence-on-birth-date needs a rule opened by BirthRegistered");
    }
    if ((rule.responsible() == Party.RESIDENCE || rule.owed() == Party.RESIDENCE)
        && !byPeriod
        && !"ArrivalRegistered".equals(opening.fact())) {
      fail(
          at + (rule.responsible() == Party.RESIDENCE ? ".responsible" : ".owed"),
          "residence names the arrival's county: the rule must be opened by ArrivalRegistered or a residence period");
    }
    deadline(at + ".due", rule.due(), byPeriod, opening.fact(), true);
    deadline(at + ".dueWhenUrgent", rule.dueWhenUrgent(), byPeriod, opening.fact(), false);
    if (rule.dueByTopic() != null) {
      rule.dueByTopic()
          .forEach(
              (topic, due) ->
                  deadline(at + ".dueByTopic." + topic, due, byPeriod, opening.fact(), true));
    }
    evidence(at + ".metBy", rule.metBy(), opening, byPeriod);
    if (rule.failureShare() != null) {
      share(at + ".failureShare.responsible", rule.failureShare().responsible());
      share(at + ".failureShare.owed", rule.failureShare().owed());
    }
  }

  private void deadline(
      String at, Deadline due, boolean byPeriod, String openingFact, boolean required) {
    if (due == null) {
      if (required) {
        fail(at, "required: days, workingDays or periodEnd");
      }
      return;
    }
    int given =
        (due.days() != null ? 1 : 0)
            + (due.workingDays() != null ? 1 : 0)
            + (due.isPeriodEnd() ? 1 : 0);
    if (given != 1) {
      fail(at, "name exactly one of days, workingDays or periodEnd");
    }
    range(due.days(), at + ".days", 0, 3650);
    range(due.workingDays(), at + ".workingDays", 1, 365);
    if (due.isPeriodEnd() && !byPeriod) {
      fail(
          at + ".periodEnd",
          "only a rule opened by a residence period falls due at a period's end");
    }
    if (byPeriod && !due.isPeriodEnd()) {
      fail(
          at,
          "a rule opened by a residence period falls due at the period's end (periodEnd: true)");
    }
    if (due.from() != null
        && !(due.countsFromChildBirth() && "BirthRegistered".equals(openingFact))) {
      fail(at + ".from", "only 'child.bornOn', and only for a rule opened by BirthRegistered");
    }
  }

  private void evidence(String at, Evidence e, Opening opening, boolean byPeriod) {
    if (e == null) {
      fail(at, "required: what fulfils the obligation");
      return;
    }
    if (e.isSelf() == (e.fact() != null)) {
      fail(at, "name exactly one of fact or self");
    }
    if (e.isSelf() && byPeriod) {
      fail(at + ".self", "a residence period has no opening fact to fulfil itself");
    }
    if (e.fact() != null) {
      factType(at + ".fact", e.fact());
    }
    if (Boolean.TRUE.equals(e.answersOpening()) && !"VerificationAnswered".equals(e.fact())) {
      fail(at + ".answersOpening", "only a VerificationAnswered answers a record");
    }
    if (Boolean.TRUE.equals(e.sameChild())
        && !("BirthRegistered".equals(e.fact()) && "BirthRegistered".equals(opening.fact()))) {
      fail(
          at + ".sameChild",
          "only for a BirthRegistered fulfilling a rule opened by BirthRegistered");
    }
    if (Boolean.TRUE.equals(e.validOnOpening()) && !"CertificateIssued".equals(e.fact())) {
      fail(at + ".validOnOpening", "only a CertificateIssued has a validity");
    }
    Evidence.Window window = e.windowOrAny();
    if ((window == Evidence.Window.PERIOD || window == Evidence.Window.RESIDENCE_TO_PERIOD_END)
        && !byPeriod) {
      fail(
          at + ".window",
          "'"
              + window.name().toLowerCase().replace('_', '-')
              + "' needs a rule opened by a residence period");
    }
    if (e.where() != null) {
      e.where()
          .forEach(
              (field, values) -> {
                if (field.isBlank() || values == null || values.isEmpty()) {
                  fail(at + ".where." + field, "a data field and at least one value");
                }
              });
    }
  }

  private void indicators(String at, List<Indicator> list, Set<String> kinds, boolean national) {
    if (list == null) {
      return;
    }
    Set<String> ids = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < list.size(); i++) {
      Indicator indicator = list.get(i);
      String here = at + "[" + i + "]";
      if (indicator.id() == null || !indicator.id().matches(KIND)) {
        fail(here + ".id", "required: lower-case words joined by '-'");
      } else if (!ids.add(indicator.id())) {
        fail(here + ".id", "'" + indicator.id() + "' is listed twice");
      }
      if (indicator.obligation() == null || !kinds.contains(indicator.obligation())) {
        fail(here + ".obligation", "no obligation rule of kind '" + indicator.obligation() + "'");
      }
      if (indicator.counts() == null
          || indicator.counts().isEmpty()
          || !COUNTABLE.containsAll(indicator.counts())) {
        fail(here + ".counts", "one or both of " + COUNTABLE);
      }
      if (indicator.weight() == null || indicator.weight().signum() < 0) {
        fail(here + ".weight", "required, zero or more points");
      } else {
        total = total.add(indicator.weight());
      }
    }
    if (!list.isEmpty() && total.compareTo(BigDecimal.valueOf(100)) != 0) {
      fail(at, "the weights add up to " + total.stripTrailingZeros().toPlainString() + ", not 100");
    }
  }

  private void factType(String at, String type) {
    if (!factTypes.contains(type)) {
      fail(at, "'" + type + "' is not a fact type of FACTS.md");
    }
  }

  private void share(String at, BigDecimal share) {
    if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      fail(at, "required, between 0 and 1");
    }
  }

  private void require(Object value, String at) {
    if (value == null) {
      fail(at, "required");
    }
  }

  private void range(Integer value, String at, int min, int max) {
    if (value != null && (value < min || value > max)) {
      fail(at, "must be between " + min + " and " + max + ", got " + value);
    }
  }

  private void fail(String at, String description) {
    problems.add(new FieldViolation(at, description));
  }
}
