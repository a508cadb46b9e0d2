package org.tongchou.adapter.cli;

import picocli.CommandLine.Option;

/** The region and period a command asks about or acts on. */
final class DivisionOptions {

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
}
