package org.tongchou.hub.statistics.domain;

import java.time.LocalDate;
import org.tongchou.hub.region.domain.RegionLevel;

/**
 * What the provincial platform's figures are asked for: a region, the period of flows, births and
 * coverage ({@code from}..{@code to}, both inclusive), the day of the stock, and the level of the
 * rows.
 */
public record StatisticsQuestion(
    String region, LocalDate from, LocalDate to, LocalDate on, RegionLevel level) {}
