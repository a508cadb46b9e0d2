package org.tongchou.workload.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tongchou.adapter.cli.ExitCodes;
import org.tongchou.adapter.cli.RegionAdapter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code tongchou-workload} command: the developers' tools that make and measure load. Kept
 * apart from the region's adapter (issue #13), which a region installs and which must not ship a
 * load generator or a raw-JDBC baseline; this one reuses the adapter's hub client as a library.
 */
@Command(
    name = "tongchou-workload",
    mixinStandardHelpOptions = true,
    version = "tongchou-workload 0.1.0 (tongchou.v1)",
    description =
        "Generates and measures load for the Tongchou hub: `simulate` writes a census-shaped year of"
            + " migrant facts with its ground truth, `bench` pushes or imports generated persons against"
            + " a raw JDBC baseline, `bench-feed` measures commit-to-feed latency, `load` holds many feeds"
            + " open while many regions push.",
    subcommands = {
      SimulateCommand.class,
      BenchCommand.class,
      BenchFeedCommand.class,
      LoadCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:something was refused",
      "2:something could not be done: bad usage, hub unreachable, credential refused"
    })
public final class Workload implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_DONE;
  }

  /** The command line with output and errors on the given writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return new CommandLine(new Workload()).setOut(out).setErr(err);
  }

  /** Runs a command and exits with its exit code. */
  public static void main(String[] args) {
    RegionAdapter.exitWith(Workload::commandLine, args);
  }
}
