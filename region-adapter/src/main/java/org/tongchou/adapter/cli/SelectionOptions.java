package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.AssessmentQuery;
import picocli.CommandLine.Mixin;

/** The region and period every scorecard, statistics and export command asks about. */
final class SelectionOptions {

  @Mixin DivisionOptions division;
  @Mixin CatchUpOption catchUp;

  AssessmentQuery query() {
    return AssessmentQuery.of(division.region, division.period, catchUp.wait);
  }
}
