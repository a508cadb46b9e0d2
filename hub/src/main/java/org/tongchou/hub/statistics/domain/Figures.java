package org.tongchou.hub.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of the provincial information platform, as value rows. Every list is sorted by its
 * region codes, so that the same read model always gives the same rows.
 */
public final class Figures {

  private Figures() {}

  /**
   * Migrants living in {@code region} on a day; {@code interProvincial}: registered in another
   * province.
   */
  public record Stock(String region, long migrants, long interProvincial) {}

  /** Arrivals in a period from registration {@code origin} to residence {@code destination}. */
  public record Flow(String origin, String destination, long arrivals) {}

  /** Children born in a period to migrant mothers living in {@code region}, by sex. */
  public record Births(String region, long boys, long girls) {
    /** Boys per 100 girls, to one decimal; null without girls. */
    public BigDecimal sexRatio() {
      return girls == 0
          ? null
          : BigDecimal.valueOf(boys * 100)
              .divide(BigDecimal.valueOf(girls), 1, RoundingMode.HALF_EVEN);
    }
  }

  /** Coverage duties due in a period in {@code region}: how many, and how many were met. */
  public record Coverage(String region, String kind, long due, long met) {
    /** Met over due, to four decimals; null when none was due. */
    public BigDecimal rate() {
      return due == 0
          ? null
          : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_EVEN);
    }
  }
}
