package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import org.tongchou.adapter.hub.AssessmentClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.ScorecardText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scorecards}: a region's two-way assessment for a period, every indicator line. */
@Command(
    name = "scorecards",
    description = {
      "Prints the region's scorecards for the period, inflow (as residence place) then outflow (as registration place):"
          + " region, name, side, period, policy version and score, then one line per indicator of the policy:",
      "  INDICATOR  OBLIGATIONS  COUNTED  FAILED  PENDING  EXCLUDED  CREDIT  RATE  POINTS  WEIGHT",
      "OBLIGATIONS (the rate's denominator) = COUNTED + FAILED; PENDING are due in the period and still open;"
          + " EXCLUDED were waived, reassigned or withdrawn. `obligations` lists those behind a line."
    })
final class ScorecardsCommand extends AssessmentCommand {

  @Mixin SelectionOptions selection;

  @Option(
      names = "--children",
      description =
          "Also score each division right under the region (a province's cities, a city's counties).")
  boolean children;

  @Override
  int run(AssessmentClient assessment, PrintWriter out) throws HubCallException {
    ScorecardText.lines(assessment.scorecards(selection.query().withChildren(children)))
        .forEach(out::println);
    return ExitCodes.OK;
  }
}
