package org.tongchou.hub.replay.app;

import java.time.Instant;
import org.tongchou.hub.statistics.domain.StatisticsFigures;
import org.tongchou.hub.statistics.domain.StatisticsQuestion;

/**
 * A finished statistics replay: the question, up to where it read, the policy it judged coverage
 * under ({@code recorded} or a version), the figures, and how many persons and events it folded.
 */
public record ReplayedStatistics(
    StatisticsQuestion question,
    long position,
    Instant recordedAt,
    String policy,
    StatisticsFigures figures,
    long persons,
    long events,
    double eventsPerSecond) {}
