package org.tongchou.hub.assessment.grpc;

import org.springframework.stereotype.Component;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.statistics.app.StatisticsQueries;
import org.tongchou.hub.statistics.domain.StatisticsQuestion;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.Statistics;

/** The statistics of a request, as a message or as one of its CSV tables. */
@Component
class StatisticsAnswers {

  private final StatisticsQueries queries;
  private final RegionDirectory regions;

  StatisticsAnswers(StatisticsQueries queries, RegionDirectory regions) {
    this.queries = queries;
    this.regions = regions;
  }

  Statistics of(String region, GetStatisticsRequest request) {
    CoveragePeriod.Labelled period = AssessmentRequests.period(request.getPeriod());
    StatisticsQuestion question =
        StatisticsMessages.question(region, period, request.getOn(), request.getLevel(), regions);
    return StatisticsMessages.toProto(question, period.label(), queries.figures(question), regions);
  }

  byte[] csv(String region, ExportCsvRequest request) {
    CoveragePeriod.Labelled period = AssessmentRequests.period(request.getPeriod());
    StatisticsQuestion question =
        StatisticsMessages.question(region, period, request.getOn(), request.getLevel(), regions);
    return StatisticsMessages.csv(request.getTable(), queries.figures(question), regions);
  }
}
