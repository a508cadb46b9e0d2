package org.tongchou.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.tongchou.adapter.hub.AssessmentClient;
import org.tongchou.adapter.hub.AssessmentQuery;
import org.tongchou.adapter.hub.HubCallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code export TABLE}: one of the hub's tables as the CSV file it streams. */
@Command(
    name = "export",
    description = {
      "Writes a table as CSV (RFC 4180, UTF-8, CRLF) exactly as the hub streams it: the same read model always gives"
          + " the same bytes. scorecards takes --children; obligations --side and --indicator; stock, flows, births"
          + " and coverage --on and --level.",
      "The file is written under a temporary name and put in place only once the whole stream has arrived."
    })
final class ExportCommand extends AssessmentCommand {

  @Parameters(
      index = "0",
      paramLabel = "TABLE",
      converter = Choices.Tables.class,
      completionCandidates = Choices.Tables.class,
      description = "One of ${COMPLETION-CANDIDATES}.")
  String table;

  @Mixin SelectionOptions selection;
  @Mixin StatisticsOptions rows;

  @Option(
      names = "--children",
      description = "scorecards: also the divisions right under the region.")
  boolean children;

  @Option(
      names = "--side",
      paramLabel = "SIDE",
      converter = Choices.Sides.class,
      completionCandidates = Choices.Sides.class,
      description = "obligations: the scorecard's role, ${COMPLETION-CANDIDATES}.")
  String side;

  @Option(
      names = "--indicator",
      paramLabel = "ID",
      description = "obligations: the indicator's id.")
  String indicator;

  @Option(
      names = "--output",
      paramLabel = "FILE|DIR",
      description =
          "Where to write: a file, a directory (the hub's file name in it), or - for standard output."
              + " Default: the hub's file name (e.g. scorecards-320000-2026-Q1.csv) in the working directory.")
  String output;

  @Override
  int run(AssessmentClient assessment, PrintWriter out) throws HubCallException {
    if (table.equals("obligations") && (side == null || indicator == null)) {
      throw new ParameterException(
          spec.commandLine(), "export obligations needs --side and --indicator");
    }
    AssessmentQuery query =
        rows.apply(selection.query()).withChildren(children).withLine(side, indicator);
    CsvOutput target = new CsvOutput(output, System.out);
    boolean done = false;
    try {
      AssessmentClient.Exported exported = assessment.export(query, table, target);
      Path file = target.finish();
      done = true;
      // With `-` the data is on standard output: the summary must not be mixed into it.
      PrintWriter summary = file == null ? spec.commandLine().getErr() : out;
      summary.println(
          "export: "
              + exported.bytes()
              + " bytes of "
              + exported.fileName()
              + (file == null ? " written to standard output" : " written to " + file));
      return ExitCodes.OK;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("export: could not write " + (output == null ? "the file" : output) + ": " + e);
      return ExitCodes.NOT_DONE;
    } finally {
      if (!done) {
        target.discard();
      }
    }
  }
}
