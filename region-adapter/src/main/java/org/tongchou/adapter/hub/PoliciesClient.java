package org.tongchou.adapter.hub;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongchou.proto.v1.PublishPolicyRequest;
import org.tongchou.proto.v1.PublishPolicyResponse;
import org.tongchou.proto.v1.ReevaluatePeriodRequest;
import org.tongchou.proto.v1.ReevaluatePeriodResponse;

/**
 * The hub's {@code tongchou.v1.Policies} acts: publish a version, re-evaluate a period under one.
 * The hub checks a policy's text and names every problem by its path ({@code
 * obligations[2].due.days}); each is a field violation of the {@link HubCallException}.
 */
public final class PoliciesClient {

  private final HubClient hub;

  /** Over an open connection, which the caller keeps and closes. */
  public PoliciesClient(HubClient hub) {
    this.hub = hub;
  }

  /** Publishes a version's YAML text; the same text again is accepted as unchanged. */
  public ActOutcome publish(String yaml) throws HubCallException {
    PublishPolicyRequest request = PublishPolicyRequest.newBuilder().setText(yaml).build();
    PublishPolicyResponse answer = Unary.call(() -> hub.policies().publishPolicy(request));
    return ActOutcome.of(
        "Policy "
            + answer.getSummary().getVersion()
            + (answer.getNewVersion()
                ? " published"
                : " unchanged: the hub held this text already"),
        answer.getSummary());
  }

  /** Re-evaluates the obligations due in a period whose responsible region lies in a region. */
  public ActOutcome reevaluate(String region, String period, String policyVersion, String reason)
      throws HubCallException {
    ReevaluatePeriodRequest request =
        ReevaluatePeriodRequest.newBuilder()
            .setRegion(region)
            .setPeriod(period)
            .setPolicyVersion(policyVersion)
            .setReason(reason)
            .build();
    ReevaluatePeriodResponse answer = Unary.call(() -> hub.policies().reevaluatePeriod(request));
    // Counts by hand: a count of 0 is a proto3 default, which the descriptor's fields leave out.
    Map<String, String> counts = new LinkedHashMap<>();
    counts.put("persons", String.valueOf(answer.getPersons()));
    counts.put("obligations", String.valueOf(answer.getObligations()));
    counts.put("changed", String.valueOf(answer.getChanged()));
    return new ActOutcome(
        "Re-evaluated " + region + " " + period + " under " + policyVersion, counts);
  }
}
