package org.tongchou.hub.assessment.grpc;

import java.util.List;
import java.util.Locale;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.statistics.app.StatisticsCsv;
import org.tongchou.hub.statistics.domain.StatisticsFigures;
import org.tongchou.hub.statistics.domain.StatisticsQuestion;
import org.tongchou.proto.v1.BirthLine;
import org.tongchou.proto.v1.CoverageLine;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.FlowLine;
import org.tongchou.proto.v1.Statistics;
import org.tongchou.proto.v1.StockLine;

/**
 * Statistics onto the wire, as a message or as one CSV table: the live answers and a replay's give
 * the same bytes for the same figures.
 */
public final class StatisticsMessages {

  private StatisticsMessages() {}

  public static Statistics toProto(
      StatisticsQuestion question,
      String periodLabel,
      StatisticsFigures figures,
      RegionDirectory regions) {
    Statistics.Builder s =
        Statistics.newBuilder()
            .setRegion(question.region())
            .setPeriod(periodLabel)
            .setOn(question.on().toString())
            .setLevel(question.level().name().toLowerCase(Locale.ROOT));
    figures
        .stock()
        .forEach(
            r ->
                s.addStock(
                    StockLine.newBuilder()
                        .setRegion(r.region())
                        .setRegionName(regions.nameOf(r.region()))
                        .setMigrants(r.migrants())
                        .setInterProvincial(r.interProvincial())));
    figures
        .flows()
        .forEach(
            r ->
                s.addFlows(
                    FlowLine.newBuilder()
                        .setOrigin(r.origin())
                        .setDestination(r.destination())
                        .setArrivals(r.arrivals())));
    figures
        .births()
        .forEach(
            r ->
                s.addBirths(
                    BirthLine.newBuilder()
                        .setRegion(r.region())
                        .setBoys(r.boys())
                        .setGirls(r.girls())
                        .setSexRatio(r.sexRatio() == null ? "" : r.sexRatio().toPlainString())));
    figures
        .coverage()
        .forEach(
            r ->
                s.addCoverage(
                    CoverageLine.newBuilder()
                        .setRegion(r.region())
                        .setKind(r.kind())
                        .setDue(r.due())
                        .setMet(r.met())
                        .setRate(r.rate() == null ? "" : r.rate().toPlainString())));
    return s.build();
  }

  /**
   * The question of a request's fields (the stock on the period's last day unless {@code on} is
   * given, rows at the level right under the region unless {@code level} is), refusing a bad field
   * with INVALID_ARGUMENT naming it.
   */
  public static StatisticsQuestion question(
      String region,
      CoveragePeriod.Labelled period,
      String on,
      String level,
      RegionDirectory regions) {
    return new StatisticsQuestion(
        region,
        period.start(),
        period.end(),
        AssessmentRequests.day(on, period.end()),
        AssessmentRequests.level(level, region, regions));
  }

  /** One statistics table as CSV, byte for byte what Assessment.ExportCsv gives. */
  public static byte[] csv(
      ExportCsvRequest.Table table, StatisticsFigures figures, RegionDirectory regions) {
    return switch (table) {
      case STOCK -> StatisticsCsv.stock(figures.stock(), regions);
      case FLOWS -> StatisticsCsv.flows(figures.flows(), regions);
      case BIRTHS -> StatisticsCsv.births(figures.births(), regions);
      case COVERAGE -> StatisticsCsv.coverage(figures.coverage(), regions);
      default -> throw RegionScope.invalid("table", "not a statistics table");
    };
  }

  /** The statistics tables, in the order a replay gives them. */
  public static final List<ExportCsvRequest.Table> TABLES =
      List.of(
          ExportCsvRequest.Table.STOCK,
          ExportCsvRequest.Table.FLOWS,
          ExportCsvRequest.Table.BIRTHS,
          ExportCsvRequest.Table.COVERAGE);
}
