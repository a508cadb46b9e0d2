package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BiFunction;
import picocli.CommandLine;

/**
 * One run of the command line in a test, with what it printed.
 *
 * @param exitCode the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
public record CommandRun(int exitCode, String out, String err) {

  /** Runs {@code region-adapter} with these arguments. */
  public static CommandRun of(String... args) {
    return with(RegionAdapter::commandLine, args);
  }

  /** Runs another command line of ours (the workload tools) with these arguments. */
  public static CommandRun with(
      BiFunction<PrintWriter, PrintWriter, CommandLine> commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        commandLine.apply(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }
}
