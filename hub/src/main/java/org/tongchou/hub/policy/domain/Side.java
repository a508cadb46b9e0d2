package org.tongchou.hub.policy.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * The two roles of the two-way assessment (双向考核): a region is scored as the place where migrants
 * live (inflow, 流入地) and, separately, as the place where they are registered (outflow, 流出地).
 */
public enum Side {
  @JsonProperty("inflow")
  INFLOW,
  @JsonProperty("outflow")
  OUTFLOW;

  public Side other() {
    return this == INFLOW ? OUTFLOW : INFLOW;
  }

  /** The word used in policies, CSV files and on the wire. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
