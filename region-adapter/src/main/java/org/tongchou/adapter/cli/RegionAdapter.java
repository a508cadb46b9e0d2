package org.tongchou.adapter.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code region-adapter} command: a region's link to the Tongchou hub. */
@Command(
    name = "region-adapter",
    mixinStandardHelpOptions = true,
    version = "region-adapter 0.1.0 (tongchou.v1)",
    description =
        "Pushes a region's facts to the Tongchou hub, reads what it holds and follows what concerns the region;"
            + " `run` does both unattended between the region's own database and the hub. `scorecards`, `obligations`,"
            + " `explain`, `statistics` and `export` read the two-way assessment, for a region or a coordination office;"
            + " `office` holds a coordination office's acts (and a region's dispute); `audit` holds an auditor's commands.",
    subcommands = {
      PushCommand.class,
      ImportCommand.class,
      TimelineCommand.class,
      TailCommand.class,
      RunCommand.class,
      StatusCommand.class,
      InitDbCommand.class,
      ScorecardsCommand.class,
      ObligationsCommand.class,
      ExplainCommand.class,
      StatisticsCommand.class,
      ExportCommand.class,
      OfficeCommand.class,
      AuditCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:something was refused (pushed facts, refused outbox rows in status) or the hub refused the request (timeline,"
          + " tail, scorecards, obligations, explain, statistics, export, office)",
      "2:something could not be done: bad usage, hub unreachable, credential refused"
    })
public final class RegionAdapter implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_DONE;
  }

  /** The command line with output and errors on the given writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return new CommandLine(new RegionAdapter()).setOut(out).setErr(err);
  }

  /** Runs a command and exits with its exit code. */
  public static void main(String[] args) {
    exitWith(RegionAdapter::commandLine, args);
  }

  /**
   * Runs a command line of ours (this one, or the workload tools') on the console and exits with
   * its exit code.
   */
  public static void exitWith(
      BiFunction<PrintWriter, PrintWriter, CommandLine> commandLine, String[] args) {
    // Names are Chinese: write UTF-8 unless a console says otherwise (Java 17 would use the
    // locale).
    Charset charset =
        System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int exitCode = commandLine.apply(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }
}
