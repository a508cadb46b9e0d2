package org.tongchou.hub.replay.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tongchou.hub.assessment.domain.Credit;
import org.tongchou.hub.assessment.domain.ScorecardRules;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.domain.EffectivePolicy;
import org.tongchou.hub.policy.domain.Indicator;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.policy.domain.Side;

/**
 * Compares the obligations of two replays of one division and period. Obligations are matched by
 * subject (the duty), not by id: a replay under another policy may number a reassigned duty
 * differently. A subject's outcome is its latest obligation's status, responsible region and the
 * credit it gives each indicator of the division's scorecards, priced with its own replay's book. A
 * withdrawn obligation counts as none: the recorded history keeps duties that were opened and
 * withdrawn again (a person who moved on), while a replay that derives duties afresh never opens
 * them.
 */
public final class OutcomeDiff {

  /** One replay's side of the comparison. */
  public record Replayed(
      List<ObligationRow> rows, PolicyBook book, Function<String, List<Long>> behind) {}

  private OutcomeDiff() {}

  public static List<ObligationDifference> between(
      Replayed left,
      Replayed right,
      String region,
      CoveragePeriod.Labelled period,
      String province,
      Predicate<String> within) {
    Map<String, ObligationOutcome> l = outcomes(left, period, province, within);
    Map<String, ObligationOutcome> r = outcomes(right, period, province, within);
    List<ObligationDifference> differences = new ArrayList<>();
    for (String subject : new TreeSet<>(union(l.keySet(), r.keySet()))) {
      ObligationOutcome a = l.get(subject);
      ObligationOutcome b = r.get(subject);
      List<String> differs = new ArrayList<>();
      if (a == null || b == null) {
        differs.add("presence");
      } else {
        if (a.row().status() != b.row().status()) {
          differs.add("status");
        }
        if (!Objects.equals(a.row().responsible(), b.row().responsible())) {
          differs.add("responsible");
        }
        if (!a.credits().equals(b.credits())) {
          differs.add("credit");
        }
      }
      if (!differs.isEmpty()) {
        ObligationRow any = a != null ? a.row() : b.row();
        differences.add(
            new ObligationDifference(subject, any.kind(), any.personKey(), a, b, differs));
      }
    }
    return differences;
  }

  private static Collection<String> union(Collection<String> a, Collection<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Each subject's latest obligation (the highest number) with its credits. */
  private static Map<String, ObligationOutcome> outcomes(
      Replayed side, CoveragePeriod.Labelled period, String province, Predicate<String> within) {
    EffectivePolicy policy = side.book().inForce(period.end(), province);
    Map<String, ObligationRow> latest = new LinkedHashMap<>();
    for (ObligationRow row : side.rows()) {
      if (!within.test(row.responsible()) && !within.test(row.owed())) {
        continue;
      }
      latest.merge(row.subject(), row, (x, y) -> number(y) > number(x) ? y : x);
    }
    Map<String, ObligationOutcome> outcomes = new LinkedHashMap<>();
    for (ObligationRow row : latest.values()) {
      if (row.status() == ObligationStatus.WITHDRAWN) {
        continue; // no duty: the same outcome as a duty never opened (a replay afresh opens none)
      }
      SortedMap<String, BigDecimal> credits = new TreeMap<>();
      for (Side role : Side.values()) {
        for (Indicator indicator : policy.indicators(role)) {
          if (!ScorecardRules.behind(indicator, role, List.of(row), within).isEmpty()) {
            Credit.of(row.status(), indicator, ScorecardRules.shareOf(row, side.book()))
                .ifPresent(
                    c ->
                        credits.put(
                            role.word() + "/" + indicator.id(),
                            c.setScale(ScorecardRules.RATE_SCALE, RoundingMode.HALF_EVEN)));
          }
        }
      }
      outcomes.put(
          row.subject(),
          new ObligationOutcome(row, credits, side.behind().apply(row.obligationId())));
    }
    return outcomes;
  }

  private static int number(ObligationRow row) {
    String id = row.obligationId();
    return Integer.parseInt(id.substring(id.lastIndexOf('#') + 1));
  }
}
