package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.AssessmentQuery;
import picocli.CommandLine.Option;

/** The region and period every scorecard, statistics and export command asks about. */
final class SelectionOptions {

  @Option(
      names = "--region",
      required = true,
      paramLabel = "CODE",
      description =
          "Division code of the region, 6 digits: yours, or one within your office's jurisdiction.")
  String region;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      description =
          "A month 2026-03, a quarter 2026-Q1 or a year 2026. Obligations count in the period they fall due in.")
  String period;

  @Option(
      names = "--catch-up",
      description =
          "Wait (up to 10 s) until the hub's read models have taken in everything recorded so far.")
  boolean catchUp;

  AssessmentQuery query() {
    return AssessmentQuery.of(region, period, catchUp);
  }
}
