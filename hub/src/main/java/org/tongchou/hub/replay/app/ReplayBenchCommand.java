package org.tongchou.hub.replay.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.replay.domain.ReplaySpec;

/**
 * {@code hub replay bench [--runs=N] [--region=CODE] [--period=P]}: the replay benchmark of
 * BENCHMARKS.md against the hub's own database. Each run times a raw sequential JDBC read of the
 * event table (the same rows and columns, bytes touched, nothing parsed), with the driver's default
 * transfer and with payloads as bytes, and then a replay of the same rows under the recorded
 * decisions, after one warm-up pair that is not counted; it prints each run and the medians.
 *
 * <p>Beside the rates it prints the CPU time per row read and per event replayed (issue #15): wall
 * time follows whatever else the machine runs, CPU time per item does not. Counted: this JVM's CPU
 * (every thread), and, where PostgreSQL runs on this machine (Linux), the CPU of all its processes
 * ({@link PostgresCpu}), so run it where no other client uses that PostgreSQL.
 */
@Component
@ConditionalOnProperty(name = "tongchou.command", havingValue = "replay")
class ReplayBenchCommand implements ApplicationRunner {

  static final String USAGE =
      "usage: hub replay bench [--runs=3] [--region=320000] [--period=2026]";

  private final EventLog log;
  private final Replayer replayer;
  private final EventProcessingConfiguration processing;

  ReplayBenchCommand(EventLog log, Replayer replayer, EventProcessingConfiguration processing) {
    this.log = log;
    this.replayer = replayer;
    this.processing = processing;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> words = args.getNonOptionArgs();
    if (words.size() != 2 || !words.get(1).equals("bench")) {
      System.err.println(USAGE);
      throw new IllegalArgumentException(USAGE);
    }
    // This one-shot process must neither feed the live read models nor compete with the bench.
    processing.eventProcessors().values().forEach(EventProcessor::shutDown);
    int runs = Integer.parseInt(option(args, "runs", "3"));
    String region = option(args, "region", "320000");
    CoveragePeriod.Labelled period =
        CoveragePeriod.parse(option(args, "period", "2026"))
            .orElseThrow(() -> new IllegalArgumentException("--period: a month, quarter or year"));
    long head = log.head();
    System.out.printf(Locale.ROOT, "events in the log: %,d (positions 1 to %d)%n", head, head);
    measure(head, region, period); // warm-up: JIT, PostgreSQL's buffers
    List<double[]> results = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      double[] r = measure(head, region, period);
      results.add(r);
      System.out.printf(
          Locale.ROOT,
          "run %d: raw JDBC read %,.0f rows/s (payloads as bytes: %,.0f rows/s), "
              + "replay %,.0f events/s, ratio %.3f (%.3f); CPU %.2f µs/row (%.2f), "
              + "%.2f µs/event, CPU ratio %.3f (%.3f)%n",
          run,
          r[0],
          r[2],
          r[1],
          r[1] / r[0],
          r[1] / r[2],
          r[3],
          r[5],
          r[4],
          r[3] / r[4],
          r[5] / r[4]);
    }
    double raw = median(results, 0);
    double replay = median(results, 1);
    double binary = median(results, 2);
    double rawCpu = median(results, 3);
    double replayCpu = median(results, 4);
    double binaryCpu = median(results, 5);
    System.out.printf(
        Locale.ROOT,
        "median: raw JDBC read %,.0f rows/s (payloads as bytes: %,.0f rows/s), "
            + "replay %,.0f events/s, ratio %.3f (%.3f); CPU %.2f µs/row (%.2f), "
            + "%.2f µs/event, CPU ratio %.3f (%.3f)%n",
        raw,
        binary,
        replay,
        replay / raw,
        replay / binary,
        rawCpu,
        binaryCpu,
        replayCpu,
        rawCpu / replayCpu,
        binaryCpu / replayCpu);
  }

  /**
   * One run: rows/s of the raw read, events/s of the replay, rows/s of the binary raw read, then
   * the JVM's CPU microseconds per row or event of each (raw, replay, binary).
   */
  private double[] measure(long head, String region, CoveragePeriod.Labelled period) {
    Cpu cpu = Cpu.start();
    long started = System.nanoTime();
    long rows = log.rawRead(head, false);
    double raw = rows / ((System.nanoTime() - started) / 1e9);
    double rawCpu = cpu.microsSince() / rows;
    cpu = Cpu.start();
    started = System.nanoTime();
    rows = log.rawRead(head, true);
    double binary = rows / ((System.nanoTime() - started) / 1e9);
    double binaryCpu = cpu.microsSince() / rows;
    cpu = Cpu.start();
    Replayed replayed =
        replayer.replay(
            new ReplaySpec(region, period, head, null, null, null), ReplayProgress.NONE);
    double replayCpu = cpu.microsSince() / Math.max(1, replayed.events());
    return new double[] {raw, replayed.eventsPerSecond(), binary, rawCpu, replayCpu, binaryCpu};
  }

  /**
   * CPU time from a start: every thread of this JVM (the replay's parsers and collector included)
   * and the local PostgreSQL's processes.
   */
  private record Cpu(long jvmNanos, Map<String, Long> postgres) {

    static Cpu start() {
      return new Cpu(jvmNow(), PostgresCpu.snapshot());
    }

    double microsSince() {
      return (jvmNow() - jvmNanos + PostgresCpu.nanosBetween(postgres, PostgresCpu.snapshot()))
          / 1e3;
    }

    private static long jvmNow() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }

  private static double median(List<double[]> results, int column) {
    double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return values.length % 2 == 1
        ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
  }

  private static String option(ApplicationArguments args, String name, String otherwise) {
    List<String> values = args.getOptionValues(name);
    return values == null || values.isEmpty() ? otherwise : values.get(0);
  }
}
