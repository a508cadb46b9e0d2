package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.AssessmentQuery;
import picocli.CommandLine.Option;

/**
 * The day of the stock and the level of the rows, for {@code statistics} and the statistics tables
 * of {@code export}.
 */
final class StatisticsOptions {

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "ISO day of the stock (default: the period's last day).")
  String on;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description =
          "The rows' level: province, city or county (default: the level right under the region; county for a county).")
  String level;

  AssessmentQuery apply(AssessmentQuery query) {
    return query.withRows(on, level);
  }
}
