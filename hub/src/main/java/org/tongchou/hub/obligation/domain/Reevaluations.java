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
import org.tongchou.hub.policy.domain.PolicyBook;

/** An office's explicit re-evaluation of obligations under a named policy version. */
public final class Reevaluations {

  private Reevaluations() {}

  /**
   * The record of the re-evaluation, and the subjects to judge under the version in what follows.
   */
  /**
   * An office asks that {@code obligationIds} be judged again under policy {@code version}.
   *
   * @param period the coverage period it concerns, if any
   */
  public record Request(
      List<String> obligationIds,
      String period,
      String version,
      String office,
      String reason,
      Instant recordedAt) {}

  public record Plan(Decision decision, Map<String, String> subjects) {}

  public static Plan plan(PersonObligations whom, Request request, PolicyBook book) {
    if (book.byVersion(request.version()).isEmpty()) {
      return new Plan(
          new Decision.Refused(
              Refusal.precondition(
                  "UNKNOWN_POLICY_VERSION",
                  "policy_version",
                  "the hub holds no policy version " + request.version())),
          Map.of());
    }
    List<String> ids = new ArrayList<>();
    Set<String> regions = new TreeSet<>();
    Map<String, String> subjects = new LinkedHashMap<>();
    for (String id : request.obligationIds()) {
      whom.ledger()
          .find(id)
          .filter(o -> !o.status().isClosed())
          .ifPresent(
              o -> {
                ids.add(id);
                regions.add(o.responsible());
                regions.add(o.owed());
                subjects.put(o.subject(), request.version());
              });
    }
    if (ids.isEmpty()) {
      return new Plan(Decision.Accepted.of(List.of()), Map.of());
    }
    ReevaluationRecorded recorded =
        EventHashes.seal(
            new ReevaluationRecorded(
                whom.personKey(),
                whom.person().sequence() + 1,
                request.period(),
                request.version(),
                ids,
                regions,
                request.office(),
                request.reason(),
                request.recordedAt(),
                whom.person().lastHash(),
                null));
    return new Plan(Decision.Accepted.of(List.of(recorded)), subjects);
  }
}
