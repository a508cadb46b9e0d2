package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import org.tongchou.adapter.hub.AssessmentClient;
import org.tongchou.adapter.hub.HubCallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code explain OBLIGATION_ID}: why an obligation stands where it does. */
@Command(
    name = "explain",
    description = {
      "Prints one obligation as it stands, each of its events (as `tail` prints them, with the receipt under each)"
          + " and every fact behind them: the one that opened it, its evidence, and each fact that caused a change.",
      "Only a party to the obligation (or an office above one, or an auditor) sees it; to anyone else it is NOT_FOUND."
    })
final class ExplainCommand extends AssessmentCommand {

  @Parameters(
      index = "0",
      paramLabel = "OBLIGATION_ID",
      description =
          "The obligation's id, as `obligations` or `tail` prints it, e.g. certificate-verification/320211/320211-2026-000001#1.")
  String obligationId;

  @Option(
      names = "--purpose",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Why you read it; kept in the hub's access log with your credential.")
  String purpose;

  @Override
  int run(AssessmentClient assessment, PrintWriter out) throws HubCallException {
    ExplainText.lines(assessment.explain(obligationId, purpose)).forEach(out::println);
    return ExitCodes.OK;
  }
}
