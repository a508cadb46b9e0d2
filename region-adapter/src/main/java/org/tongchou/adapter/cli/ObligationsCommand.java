package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import org.tongchou.adapter.hub.AssessmentClient;
import org.tongchou.adapter.hub.AssessmentQuery;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.ObligationListText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code obligations}: the drill-down of one scorecard line. */
@Command(
    name = "obligations",
    description = {
      "Lists every obligation behind one line of a scorecard (all pages), in obligation-id order:",
      "  OBLIGATION  KIND  STATUS  DUE  RESPONSIBLE  OWED  STANDING  CREDIT",
      "STANDING is counted, failed, pending or excluded, as the line counts it; CREDIT is what it gives the line"
          + " (empty when pending or excluded). `explain OBLIGATION` shows one with its events and facts."
    })
final class ObligationsCommand extends AssessmentCommand {

  @Mixin SelectionOptions selection;

  @Option(
      names = "--side",
      required = true,
      paramLabel = "SIDE",
      converter = Choices.Sides.class,
      completionCandidates = Choices.Sides.class,
      description = "The scorecard's role: ${COMPLETION-CANDIDATES}.")
  String side;

  @Option(
      names = "--indicator",
      required = true,
      paramLabel = "ID",
      description = "The indicator's id, as `scorecards` prints it, e.g. certificate-verification.")
  String indicator;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "Obligations per call, 1 to 1000 (default ${DEFAULT-VALUE}); every page is fetched.")
  int pageSize;

  @Override
  int run(AssessmentClient assessment, PrintWriter out) throws HubCallException {
    AssessmentQuery line = selection.query().withLine(side, indicator);
    ObligationListText.lines(line, assessment.obligations(line, pageSize)).forEach(out::println);
    return ExitCodes.OK;
  }
}
