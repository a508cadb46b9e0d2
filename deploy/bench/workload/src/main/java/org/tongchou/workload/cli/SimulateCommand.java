package org.tongchou.workload.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.tongchou.adapter.cli.ExitCodes;
import org.tongchou.workload.simulate.Divisions;
import org.tongchou.workload.simulate.FlowMatrix;
import org.tongchou.workload.simulate.GroundTruth;
import org.tongchou.workload.simulate.Rates;
import org.tongchou.workload.simulate.Simulation;
import org.tongchou.workload.simulate.SimulationFiles;
import org.tongchou.workload.simulate.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}: writes a reproducible multi-region workload of FACTS.md files, one per
 * province, and the ground truth the hub's statistics and scorecards must then show.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Generates a reproducible (seeded) workload: N migrants moving between provinces by a flow"
            + " matrix, arriving during M months, with their arrivals, contracts, services, certificates,"
            + " verification requests and answers, births, returns and residence conflicts, late or missing at the"
            + " given rates. Writes DIR/facts/<province>.jsonl (push each with the province's credential, in code"
            + " order) and DIR/ground-truth.json (stock, flows, births, coverage, and every obligation with how it"
            + " must end). Talks to no hub.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:bad usage, or the files could not be written"})
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "1",
      description = "Random seed; the same options give the same bytes (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--persons",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Migrants to simulate (default ${DEFAULT-VALUE}).")
  int persons;

  @Option(
      names = "--start",
      paramLabel = "YYYY-MM",
      defaultValue = "2025-01",
      description = "First month of the range (default ${DEFAULT-VALUE}).")
  String start;

  @Option(
      names = "--months",
      paramLabel = "M",
      defaultValue = "12",
      description =
          "Months in the range; it must end two months before today at the latest (default ${DEFAULT-VALUE}).")
  int months;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write facts/ and ground-truth.json; must not hold a simulation yet.")
  Path out;

  @Option(
      names = "--flows",
      paramLabel = "FILE",
      description =
          "CSV origin,destination,weight of province codes (default: the shipped matrix shaped like the 2020 census).")
  Path flows;

  @Option(
      names = "--late-rate",
      paramLabel = "FRACTION",
      defaultValue = "0.15",
      description =
          "Certificate checks and verification answers made late (default ${DEFAULT-VALUE}).")
  double lateRate;

  @Option(
      names = "--unanswered-rate",
      paramLabel = "FRACTION",
      defaultValue = "0.2",
      description =
          "Requests and birth notices never answered; half as many women get no certificate (default ${DEFAULT-VALUE}).")
  double unansweredRate;

  @Option(
      names = "--conflict-rate",
      paramLabel = "FRACTION",
      defaultValue = "0.05",
      description = "Persons a second province also registers (default ${DEFAULT-VALUE}).")
  double conflictRate;

  @Option(
      names = "--birth-rate",
      paramLabel = "FRACTION",
      defaultValue = "0.1",
      description = "Women giving birth during the residence (default ${DEFAULT-VALUE}).")
  double birthRate;

  @Option(
      names = "--return-rate",
      paramLabel = "FRACTION",
      defaultValue = "0.1",
      description = "Persons returning home before the range ends (default ${DEFAULT-VALUE}).")
  double returnRate;

  @Override
  public Integer call() {
    Divisions divisions = Divisions.shipped();
    SimulationSpec simulation =
        new SimulationSpec(seed, persons, range(), months, rates(), matrix(divisions));
    Simulation result = Simulation.run(simulation, divisions);
    try {
      SimulationFiles.write(out, result);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage());
    } catch (IOException e) {
      spec.commandLine().getErr().println("simulate: cannot write " + out + ": " + e);
      return ExitCodes.NOT_DONE;
    }
    GroundTruth truth = result.groundTruth();
    spec.commandLine()
        .getOut()
        .printf(
            "Simulated %,d persons arriving %s..%s (seed %d): %,d facts in %d province files"
                + " under %s, %,d obligations in %s, %,d of them to end overdue%n",
            persons,
            simulation.firstDay(),
            simulation.lastDay(),
            seed,
            truth.facts(),
            truth.pushOrder().size(),
            out.resolve(SimulationFiles.FACTS),
            truth.obligations().size(),
            SimulationFiles.GROUND_TRUTH,
            truth.overdue().size());
    return ExitCodes.OK;
  }

  private YearMonth range() {
    if (persons < 1) {
      throw usage("--persons must be at least 1, was " + persons);
    }
    if (months < 1) {
      throw usage("--months must be at least 1, was " + months);
    }
    YearMonth first;
    try {
      first = YearMonth.parse(start);
    } catch (DateTimeParseException e) {
      throw usage("--start must be a month YYYY-MM, was '" + start + "'");
    }
    LocalDate last = SimulationSpec.lastDay(first, months);
    LocalDate latest = SimulationSpec.latestLastDay(LocalDate.now(BenchCommand.HUB_ZONE));
    if (last.isAfter(latest)) {
      // The ground truth says how every duty ends: none may still be open when the files are
      // pushed.
      throw usage(
          "--start "
              + start
              + " with --months "
              + months
              + " ends on "
              + last
              + ", less than two months before today; the range must end by "
              + latest);
    }
    return first;
  }

  private Rates rates() {
    check("--late-rate", lateRate);
    check("--unanswered-rate", unansweredRate);
    check("--conflict-rate", conflictRate);
    check("--birth-rate", birthRate);
    check("--return-rate", returnRate);
    if (conflictRate + returnRate > 1) {
      throw usage(
          "--conflict-rate plus --return-rate must not exceed 1 (a person gets a conflict or a return)");
    }
    return new Rates(lateRate, unansweredRate, conflictRate, birthRate, returnRate);
  }

  private void check(String option, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw usage(option + " must be a fraction from 0 to 1, was " + value);
    }
  }

  private FlowMatrix matrix(Divisions divisions) {
    if (flows == null) {
      return FlowMatrix.shipped(divisions);
    }
    try (BufferedReader reader = Files.newBufferedReader(flows, StandardCharsets.UTF_8)) {
      return FlowMatrix.read(reader, divisions);
    } catch (IOException e) {
      throw usage("--flows " + flows + ": cannot read it: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw usage("--flows " + flows + ": " + e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
