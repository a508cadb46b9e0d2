package org.tongchou.hub.policy.domain;

import java.util.List;

/** The indicators of each role's scorecard; in an override, a list given replaces the base list. */
public record Indicators(List<Indicator> inflow, List<Indicator> outflow) {

  public List<Indicator> of(Side side) {
    List<Indicator> list = side == Side.INFLOW ? inflow : outflow;
    return list == null ? List.of() : list;
  }
}
