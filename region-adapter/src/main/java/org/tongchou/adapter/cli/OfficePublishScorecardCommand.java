package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.PublishingClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code office publish-scorecard --region CODE --period PERIOD}. */
@Command(
    name = "publish-scorecard",
    description =
        "Publishes a division's scorecards for a period (both roles, the division alone) as they stand once the"
            + " hub's read models are current: the hub keeps the exact CSV bytes (those `export scorecards` gives)"
            + " with their SHA-256, the log position and the policy versions. Prints its id REGION/PERIOD/N, which"
            + " `audit replay --published ID` reproduces.")
final class OfficePublishScorecardCommand extends OfficeActCommand {

  @Mixin DivisionOptions division;

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new PublishingClient(client).publish(division.region, division.period);
  }
}
