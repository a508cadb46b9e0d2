package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in a test, with what it printed.
 *
 * @param exitCode the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        RegionAdapter.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }
}
