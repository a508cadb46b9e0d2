package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.proto.v1.Statistics;

/**
 * The provincial platform's figures of a region and period: stock, flows, births, coverage, a table
 * each.
 */
public final class StatisticsText {

  private StatisticsText() {}

  /** A heading with what was asked and how current it is, then the four sections. */
  public static List<String> lines(Statistics s) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Statistics of "
            + s.getRegion()
            + " for "
            + s.getPeriod()
            + ", rows by "
            + s.getLevel()
            + ", "
            + AsOfText.of(s.getAsOf()));
    lines.add("");
    lines.add("Stock on " + s.getOn() + ": migrants living in each " + s.getLevel());
    TextTable stock =
        new TextTable().text("region").number("migrants").number("inter-provincial").text("name");
    s.getStockList()
        .forEach(
            l ->
                stock.row(
                    l.getRegion(), l.getMigrants(), l.getInterProvincial(), l.getRegionName()));
    lines.addAll(stock.lines("  "));
    lines.add(
        "Flows in "
            + s.getPeriod()
            + ": arrivals by registration (origin) and residence (destination)");
    TextTable flows = new TextTable().text("origin").text("destination").number("arrivals");
    s.getFlowsList().forEach(l -> flows.row(l.getOrigin(), l.getDestination(), l.getArrivals()));
    lines.addAll(flows.lines("  "));
    lines.add("Births in " + s.getPeriod() + " to migrant mothers, by where they live");
    TextTable births =
        new TextTable().text("region").number("boys").number("girls").number("sex ratio");
    s.getBirthsList()
        .forEach(l -> births.row(l.getRegion(), l.getBoys(), l.getGirls(), l.getSexRatio()));
    lines.addAll(births.lines("  "));
    lines.add("Coverage duties settled in " + s.getPeriod());
    TextTable coverage =
        new TextTable().text("region").text("kind").number("due").number("met").number("rate");
    s.getCoverageList()
        .forEach(
            l -> coverage.row(l.getRegion(), l.getKind(), l.getDue(), l.getMet(), l.getRate()));
    lines.addAll(coverage.lines("  "));
    return lines;
  }
}
