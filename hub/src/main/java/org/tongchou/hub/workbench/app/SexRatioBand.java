package org.tongchou.hub.workbench.app;

import java.math.BigDecimal;

/**
 * Where a sex ratio at birth (boys per 100 girls, as {@code BirthLine.sex_ratio} gives it) stands
 * against the normal band of 103–107, both ends inclusive: outside it, a population's births are
 * skewed (or, for a small division, merely few). The hub computes the ratio; the band is only how
 * the workbench reads it, so it is defined here, once.
 */
public enum SexRatioBand {
  BELOW,
  WITHIN,
  ABOVE,
  /** No ratio: no girls were born. */
  NONE;

  /** The band's lower end, boys per 100 girls. */
  public static final BigDecimal LOW = new BigDecimal("103");

  /** The band's upper end, boys per 100 girls. */
  public static final BigDecimal HIGH = new BigDecimal("107");

  /** The standing of a ratio as the RPC writes it ({@code 107.5}; empty without girls). */
  public static SexRatioBand of(String ratio) {
    if (ratio == null || ratio.isBlank()) {
      return NONE;
    }
    BigDecimal value = new BigDecimal(ratio.trim());
    if (value.compareTo(LOW) < 0) {
      return BELOW;
    }
    return value.compareTo(HIGH) > 0 ? ABOVE : WITHIN;
  }
}
