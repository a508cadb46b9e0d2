package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import org.tongchou.adapter.hub.AssessmentClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.StatisticsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code statistics}: the provincial platform's figures for a region and period. */
@Command(
    name = "statistics",
    description =
        "Prints the migrant stock on a day, the origin × destination matrix of arrivals, births to migrant"
            + " mothers by sex with the sex ratio at birth, and coverage duties settled, for the region and period."
            + " A migrant lives outside the city of their household registration.")
final class StatisticsCommand extends AssessmentCommand {

  @Mixin SelectionOptions selection;
  @Mixin StatisticsOptions rows;

  @Override
  int run(AssessmentClient assessment, PrintWriter out) throws HubCallException {
    StatisticsText.lines(assessment.statistics(rows.apply(selection.query())))
        .forEach(out::println);
    return ExitCodes.OK;
  }
}
