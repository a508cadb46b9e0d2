package org.tongchou.hub.workbench.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.region.domain.RegionLevel;
import org.tongchou.hub.statistics.domain.Figures;
import org.tongchou.proto.v1.BirthLine;
import org.tongchou.proto.v1.CoverageLine;
import org.tongchou.proto.v1.FlowLine;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.Statistics;
import org.tongchou.proto.v1.StockLine;

/**
 * The flows page of a region and period: {@code Assessment.GetStatistics} as the RPC answers it
 * (matrix, stock, births, coverage), laid out for a table and a heat map, with each number's
 * drill-down. Nothing is counted here: the rows are the RPC's, a total is a sum of its rows, and a
 * total's sex ratio is {@link Figures.Births#sexRatio()}, the definition the RPC uses.
 *
 * <p>Drill-down: the statistics are counts over the read models, and no RPC lists the persons
 * behind one (except an auditor's replay). So a number leads to the same page for its division one
 * level finer (a province's cities, a city's counties), and at the county level to the division's
 * scorecard, whose lines lead to the duties the arrivals, births and stays opened and on to their
 * facts. A coverage figure leads to the division's inflow scorecard too, whose coverage lines (as
 * the policy in force names them) lead to their obligations. One RPC per page: asking the scorecard
 * here for the indicators' ids would score the whole region again (about 40% of the page's time
 * measured with deploy/bench/workbench.sh).
 */
@Component
@ConditionalOnWebApplication
public class FlowsPage {

  private final HubReads reads;
  private final RegionDirectory regions;

  FlowsPage(HubReads reads, RegionDirectory regions) {
    this.reads = reads;
    this.regions = regions;
  }

  /** A division and where its number leads. */
  public record Place(String region, String name) {}

  /** One cell of the matrix: arrivals from an origin to a destination, and its drill-down. */
  public record Cell(long arrivals, String href) {}

  /** One row of the matrix: an origin and its cells, in the order of the destinations. */
  public record MatrixRow(Place origin, List<Cell> cells) {}

  /** The origin × destination matrix as the table shows it and as the heat map draws it. */
  public record Matrix(List<Place> destinations, List<MatrixRow> rows, Map<String, Object> chart) {}

  /** Stock in one division (or the total), with its drill-down. */
  public record Stock(Place place, long migrants, long interProvincial, String href) {}

  /** Births in one division (or the total), the sex ratio and its standing, and its drill-down. */
  public record Births(
      Place place, long boys, long girls, String sexRatio, SexRatioBand band, String href) {}

  /** Coverage of one kind in one division, and the obligations behind it. */
  public record Coverage(Place place, String kind, long due, long met, String rate, String href) {}

  /** Everything the page shows. */
  public record Page(
      Statistics statistics,
      String finerLevel,
      Matrix matrix,
      List<Stock> stock,
      Stock stockTotal,
      List<Births> births,
      Births birthsTotal,
      List<Coverage> coverage) {}

  /** The page of {@code region} as {@code user} may read it; a refusal is the RPC's. */
  public Page page(OfficeUser user, String region, String period, String on, String level) {
    Statistics s = reads.statistics(user, region, period, on, level);
    Links links = new Links(s, finer(s.getLevel()));

    List<Stock> stock = new ArrayList<>();
    long migrants = 0;
    long interProvincial = 0;
    for (StockLine l : s.getStockList()) {
      stock.add(
          new Stock(
              place(l.getRegion()),
              l.getMigrants(),
              l.getInterProvincial(),
              links.down(l.getRegion())));
      migrants += l.getMigrants();
      interProvincial += l.getInterProvincial();
    }
    Stock stockTotal =
        new Stock(place(s.getRegion()), migrants, interProvincial, links.own(Side.INFLOW));

    List<Births> births = new ArrayList<>();
    long boys = 0;
    long girls = 0;
    for (BirthLine l : s.getBirthsList()) {
      births.add(
          new Births(
              place(l.getRegion()),
              l.getBoys(),
              l.getGirls(),
              l.getSexRatio(),
              SexRatioBand.of(l.getSexRatio()),
              links.down(l.getRegion())));
      boys += l.getBoys();
      girls += l.getGirls();
    }
    var ratio = new Figures.Births(s.getRegion(), boys, girls).sexRatio();
    String total = ratio == null ? "" : ratio.toPlainString();
    Births birthsTotal =
        new Births(
            place(s.getRegion()),
            boys,
            girls,
            total,
            SexRatioBand.of(total),
            links.own(Side.INFLOW));

    List<Coverage> coverage =
        s.getCoverageList().stream()
            .map(
                (CoverageLine l) ->
                    new Coverage(
                        place(l.getRegion()),
                        l.getKind(),
                        l.getDue(),
                        l.getMet(),
                        l.getRate(),
                        links.scorecard(l.getRegion(), Side.INFLOW)))
            .toList();

    return new Page(
        s,
        links.finer == null ? "" : links.finer.name().toLowerCase(java.util.Locale.ROOT),
        matrix(s, links),
        stock,
        stockTotal,
        births,
        birthsTotal,
        coverage);
  }

  private Matrix matrix(Statistics s, Links links) {
    TreeSet<String> origins = new TreeSet<>();
    TreeSet<String> destinations = new TreeSet<>();
    Map<String, Long> arrivals = new HashMap<>();
    for (FlowLine f : s.getFlowsList()) {
      origins.add(f.getOrigin());
      destinations.add(f.getDestination());
      arrivals.put(f.getOrigin() + "," + f.getDestination(), f.getArrivals());
    }
    List<String> columns = List.copyOf(destinations);
    List<MatrixRow> rows = new ArrayList<>();
    List<List<Long>> cells = new ArrayList<>();
    long max = 0;
    int y = 0;
    for (String origin : origins) {
      List<Cell> row = new ArrayList<>();
      for (int x = 0; x < columns.size(); x++) {
        String destination = columns.get(x);
        Long n = arrivals.get(origin + "," + destination);
        if (n == null) {
          row.add(null);
          continue;
        }
        row.add(new Cell(n, links.cell(origin, destination)));
        cells.add(List.of((long) x, (long) y, n));
        max = Math.max(max, n);
      }
      rows.add(new MatrixRow(place(origin), row));
      y++;
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("origins", origins.stream().map(this::label).toList());
    chart.put("destinations", columns.stream().map(this::label).toList());
    chart.put("cells", cells);
    chart.put("max", max);
    return new Matrix(columns.stream().map(this::place).toList(), rows, chart);
  }

  private Place place(String code) {
    return new Place(code, regions.nameOf(code));
  }

  private String label(String code) {
    return regions.nameOf(code) + " " + code;
  }

  private static RegionLevel finer(String level) {
    return switch (level) {
      case "province" -> RegionLevel.CITY;
      case "city" -> RegionLevel.COUNTY;
      default -> null;
    };
  }

  /** The drill-downs of one answer's numbers. */
  private final class Links {
    private final Statistics s;
    private final RegionLevel finer;

    Links(Statistics s, RegionLevel finer) {
      this.s = s;
      this.finer = finer;
    }

    /** A division's number: its own rows one level finer, or at the bottom its scorecard. */
    String down(String region) {
      return down(region, Side.INFLOW);
    }

    private String down(String region, Side side) {
      if (finer == null || regions.isCounty(region)) {
        return scorecard(region, side);
      }
      return UriComponentsBuilder.fromPath("/workbench/flows")
          .queryParam("region", region)
          .queryParam("period", s.getPeriod())
          .queryParam("on", s.getOn())
          .queryParam("level", finer.name().toLowerCase(java.util.Locale.ROOT))
          .encode()
          .build()
          .toUriString();
    }

    /**
     * A cell: the end inside the region (the destination, else the origin) one level finer, whose
     * matrix splits the cell; at the bottom that end's scorecard in its role.
     */
    String cell(String origin, String destination) {
      return regions.isWithin(destination, s.getRegion())
          ? down(destination, Side.INFLOW)
          : down(origin, Side.OUTFLOW);
    }

    /** A total: the region's own scorecard. */
    String own(Side side) {
      return scorecard(s.getRegion(), side);
    }

    String scorecard(String region, Side side) {
      return UriComponentsBuilder.fromPath("/workbench/scorecard")
          .queryParam("region", region)
          .queryParam("period", s.getPeriod())
          .queryParam("side", side.name())
          .encode()
          .build()
          .toUriString();
    }
  }
}
