package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.policy.domain.PolicyBook;

/** An office's explicit re-evaluation of obligations under a named policy version. */
public final class Reevaluations {

  private Reevaluations() {}

  /**
   * The record of the re-evaluation, and the subjects to judge under the version in what follows.
   */
  public record Plan(Decision decision, Map<String, String> subjects) {}

  public static Plan plan(
      String personKey,
      PersonState person,
      ObligationLedger ledger,
      List<String> obligationIds,
      String period,
      String version,
      PolicyBook book,
      String office,
      String reason,
      Instant recordedAt) {
    if (book.byVersion(version).isEmpty()) {
      return new Plan(
          new Decision.Refused(
              Refusal.precondition(
                  "UNKNOWN_POLICY_VERSION",
                  "policy_version",
                  "the hub holds no policy version " + version)),
          Map.of());
    }
    List<String> ids = new ArrayList<>();
    Set<String> regions = new TreeSet<>();
    Map<String, String> subjects = new LinkedHashMap<>();
    for (String id : obligationIds) {
      ledger
          .find(id)
          .filter(o -> !o.status().isClosed())
          .ifPresent(
              o -> {
                ids.add(id);
                regions.add(o.responsible());
                regions.add(o.owed());
                subjects.put(o.subject(), version);
              });
    }
    if (ids.isEmpty()) {
      return new Plan(new Decision.Accepted(List.of(), Set.of()), Map.of());
    }
    ReevaluationRecorded recorded =
        EventHashes.seal(
            new ReevaluationRecorded(
                personKey,
                person.sequence() + 1,
                period,
                version,
                ids,
                regions,
                office,
                reason,
                recordedAt,
                person.lastHash(),
                null));
    return new Plan(new Decision.Accepted(List.of(recorded), Set.of()), subjects);
  }
}
