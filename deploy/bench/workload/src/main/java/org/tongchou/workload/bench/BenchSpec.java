package org.tongchou.workload.bench;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What a bench run generates.
 *
 * @param runId a short id unique per run, part of every record id so that runs never collide
 * @param region the county code the facts are reported from (the pushing region's county)
 * @param facts facts to generate, at least {@code persons}
 * @param persons distinct persons, at least 1
 * @param seed seed of the random source; the same seed draws the same persons and dates
 * @param today today's date at the hub (Asia/Shanghai): no fact is dated on or after it
 */
public record BenchSpec(
    String runId, String region, int facts, int persons, long seed, LocalDate today) {

  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9]{1,16}");

  /** Validates the numbers, so that a bad request fails before anything is generated. */
  public BenchSpec {
    if (!RUN_ID.matcher(runId).matches()) {
      throw new IllegalArgumentException("run id must be 1 to 16 letters or digits");
    }
    if (!region.matches("\\d{6}")) {
      throw new IllegalArgumentException("region must be a 6-digit county code, was " + region);
    }
    if (persons < 1 || facts < persons) {
      throw new IllegalArgumentException(
          "need at least 1 person and at least one fact (the arrival) per person");
    }
  }
}
