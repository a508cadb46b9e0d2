package org.tongchou.hub.region.domain;

import java.util.Locale;

/** The three levels of the division table. */
public enum RegionLevel {
  PROVINCE,
  CITY,
  COUNTY;

  public static RegionLevel parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
