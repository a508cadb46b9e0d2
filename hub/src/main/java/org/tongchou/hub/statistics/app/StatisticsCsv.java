package org.tongchou.hub.statistics.app;

import java.util.Arrays;
import java.util.List;
import org.tongchou.hub.platform.csv.Csv;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.statistics.domain.Figures;

/** The statistics tables as CSV files. */
public final class StatisticsCsv {

  private StatisticsCsv() {}

  public static byte[] stock(List<Figures.Stock> rows, RegionDirectory regions) {
    Csv csv = new Csv(List.of("region", "region_name", "migrants", "inter_provincial"));
    rows.forEach(
        r ->
            csv.row(
                List.of(
                    r.region(), regions.nameOf(r.region()), r.migrants(), r.interProvincial())));
    return csv.bytes();
  }

  public static byte[] flows(List<Figures.Flow> rows, RegionDirectory regions) {
    Csv csv =
        new Csv(List.of("origin", "origin_name", "destination", "destination_name", "arrivals"));
    rows.forEach(
        r ->
            csv.row(
                List.of(
                    r.origin(),
                    regions.nameOf(r.origin()),
                    r.destination(),
                    regions.nameOf(r.destination()),
                    r.arrivals())));
    return csv.bytes();
  }

  public static byte[] births(List<Figures.Births> rows, RegionDirectory regions) {
    Csv csv = new Csv(List.of("region", "region_name", "boys", "girls", "sex_ratio"));
    rows.forEach(
        r ->
            csv.row(
                Arrays.asList(
                    r.region(),
                    regions.nameOf(r.region()),
                    r.boys(),
                    r.girls(),
                    r.sexRatio() == null ? "" : r.sexRatio())));
    return csv.bytes();
  }

  public static byte[] coverage(List<Figures.Coverage> rows, RegionDirectory regions) {
    Csv csv = new Csv(List.of("region", "region_name", "kind", "due", "met", "rate"));
    rows.forEach(
        r ->
            csv.row(
                Arrays.asList(
                    r.region(),
                    regions.nameOf(r.region()),
                    r.kind(),
                    r.due(),
                    r.met(),
                    r.rate() == null ? "" : r.rate())));
    return csv.bytes();
  }
}
