package org.tongchou.hub.replay.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time the processes of a PostgreSQL on this machine used between two snapshots, read from
 * Linux's {@code /proc/<pid>/stat}; 0 where there is no /proc. Only processes alive at both
 * snapshots count (the pooled backends a bench reads through are). Only for the replay benchmark: a
 * server on another machine is not measured, one busy with other clients is over-counted.
 */
final class PostgresCpu {

  /** Linux's USER_HZ, the unit of utime and stime in /proc/pid/stat, on every common platform. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private PostgresCpu() {}

  /** The CPU ticks of each postgres process now, by process id. */
  static Map<String, Long> snapshot() {
    Map<String, Long> ticks = new HashMap<>();
    Path proc = Path.of("/proc");
    if (!Files.isDirectory(proc)) {
      return ticks;
    }
    try (Stream<Path> entries = Files.list(proc)) {
      entries
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .forEach(
              p -> {
                long t = ticksIfPostgres(p);
                if (t > 0) {
                  ticks.put(p.getFileName().toString(), t);
                }
              });
    } catch (IOException e) {
      return ticks;
    }
    return ticks;
  }

  /** CPU nanoseconds the processes alive at both snapshots used in between. */
  static long nanosBetween(Map<String, Long> before, Map<String, Long> after) {
    long ticks = 0;
    for (Map.Entry<String, Long> process : after.entrySet()) {
      Long earlier = before.get(process.getKey());
      if (earlier != null && process.getValue() >= earlier) {
        ticks += process.getValue() - earlier;
      }
    }
    return ticks * NANOS_PER_TICK;
  }

  /** utime + stime of a postgres process, else 0 (a process may end while we read). */
  private static long ticksIfPostgres(Path process) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      int open = stat.indexOf('(');
      int close = stat.lastIndexOf(')');
      if (open < 0 || close < open || !stat.substring(open + 1, close).startsWith("postgres")) {
        return 0;
      }
      // After "pid (comm) ", fields from state (3rd) on; utime and stime are the 14th and 15th.
      String[] fields = stat.substring(close + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
