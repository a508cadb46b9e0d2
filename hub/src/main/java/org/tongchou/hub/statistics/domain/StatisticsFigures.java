package org.tongchou.hub.statistics.domain;

import java.util.List;

/** The four tables of a {@link StatisticsQuestion}'s answer, each sorted by its region codes. */
public record StatisticsFigures(
    List<Figures.Stock> stock,
    List<Figures.Flow> flows,
    List<Figures.Births> births,
    List<Figures.Coverage> coverage) {}
