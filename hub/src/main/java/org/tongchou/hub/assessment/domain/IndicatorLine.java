package org.tongchou.hub.assessment.domain;

import java.math.BigDecimal;
import org.tongchou.hub.policy.domain.Indicator;

/**
 * One line of a scorecard. {@code obligations} is the rate's denominator (counted plus failed);
 * {@code rate} and {@code points} are null when there was none, and the line's weight then goes to
 * the other lines.
 */
public record IndicatorLine(
    Indicator indicator,
    int obligations,
    int counted,
    int failed,
    int pending,
    int excluded,
    BigDecimal credit,
    BigDecimal rate,
    BigDecimal points) {}
