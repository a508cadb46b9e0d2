package org.tongchou.adapter.hub;

import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.GetScorecardsRequest;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.ListObligationsRequest;

/**
 * An {@link AssessmentQuery} as each Assessment request: one mapping, so that a CSV export asks
 * what its RPC asks.
 */
final class AssessmentRequests {

  private AssessmentRequests() {}

  static GetScorecardsRequest scorecards(AssessmentQuery q) {
    return GetScorecardsRequest.newBuilder()
        .setRegion(q.region())
        .setPeriod(q.period())
        .setChildren(q.children())
        .setCatchUp(q.catchUp())
        .build();
  }

  static ListObligationsRequest obligations(AssessmentQuery q, int pageSize, String pageToken) {
    return ListObligationsRequest.newBuilder()
        .setRegion(q.region())
        .setPeriod(q.period())
        .setSide(q.wireSide())
        .setIndicator(q.indicator())
        .setPageSize(pageSize)
        .setPageToken(pageToken)
        .setCatchUp(q.catchUp())
        .build();
  }

  static GetStatisticsRequest statistics(AssessmentQuery q) {
    return GetStatisticsRequest.newBuilder()
        .setRegion(q.region())
        .setPeriod(q.period())
        .setOn(q.on())
        .setLevel(q.level())
        .setCatchUp(q.catchUp())
        .build();
  }

  /**
   * @param table one of {@link AssessmentQuery#TABLES}
   */
  static ExportCsvRequest export(AssessmentQuery q, String table) {
    return ExportCsvRequest.newBuilder()
        .setTable(Words.parse(table, ExportCsvRequest.Table.values(), "table"))
        .setRegion(q.region())
        .setPeriod(q.period())
        .setSide(q.wireSide())
        .setIndicator(q.indicator())
        .setChildren(q.children())
        .setOn(q.on())
        .setLevel(q.level())
        .setCatchUp(q.catchUp())
        .build();
  }
}
