package org.tongchou.hub.assessment.grpc;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.region.domain.RegionLevel;
import org.tongchou.hub.statistics.app.StatisticsCsv;
import org.tongchou.hub.statistics.app.StatisticsQueries;
import org.tongchou.proto.v1.BirthLine;
import org.tongchou.proto.v1.CoverageLine;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.FlowLine;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.Statistics;
import org.tongchou.proto.v1.StockLine;

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
        LocalDate on = AssessmentRequests.day(request.getOn(), period.end());
        RegionLevel level = AssessmentRequests.level(request.getLevel(), region, regions);
        Statistics.Builder s = Statistics.newBuilder().setRegion(region).setPeriod(period.label()).setOn(on.toString())
                .setLevel(level.name().toLowerCase(java.util.Locale.ROOT));
        queries.stock(region, on, level).forEach(r -> s.addStock(StockLine.newBuilder().setRegion(r.region())
                .setRegionName(regions.nameOf(r.region())).setMigrants(r.migrants())
                .setInterProvincial(r.interProvincial())));
        queries.flows(region, period.start(), period.end(), level).forEach(r -> s.addFlows(FlowLine.newBuilder()
                .setOrigin(r.origin()).setDestination(r.destination()).setArrivals(r.arrivals())));
        queries.births(region, period.start(), period.end(), level).forEach(r -> s.addBirths(BirthLine.newBuilder()
                .setRegion(r.region()).setBoys(r.boys()).setGirls(r.girls())
                .setSexRatio(r.sexRatio() == null ? "" : r.sexRatio().toPlainString())));
        queries.coverage(region, period.start(), period.end(), level).forEach(r -> s.addCoverage(CoverageLine
                .newBuilder().setRegion(r.region()).setKind(r.kind()).setDue(r.due()).setMet(r.met())
                .setRate(r.rate() == null ? "" : r.rate().toPlainString())));
        return s.build();
    }

    byte[] csv(String region, ExportCsvRequest request) {
        CoveragePeriod.Labelled period = AssessmentRequests.period(request.getPeriod());
        RegionLevel level = AssessmentRequests.level(request.getLevel(), region, regions);
        return switch (request.getTable()) {
            case STOCK -> StatisticsCsv.stock(queries.stock(region, AssessmentRequests.day(request.getOn(), period.end()),
                    level), regions);
            case FLOWS -> StatisticsCsv.flows(queries.flows(region, period.start(), period.end(), level), regions);
            case BIRTHS -> StatisticsCsv.births(queries.births(region, period.start(), period.end(), level), regions);
            case COVERAGE -> StatisticsCsv.coverage(queries.coverage(region, period.start(), period.end(), level),
                    regions);
            default -> throw RegionScope.invalid("table", "not a statistics table");
        };
    }
}
