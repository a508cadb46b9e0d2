package org.tongchou.hub.region.domain;

/** One row of the division table. {@code parent} is null for a province. */
public record Region(RegionCode code, String name, RegionLevel level, RegionCode parent) {}
