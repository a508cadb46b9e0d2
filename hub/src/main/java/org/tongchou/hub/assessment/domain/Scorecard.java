package org.tongchou.hub.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.domain.Side;

/**
 * A region's scorecard in one role for one period: its indicators under the policy in force at the
 * period's end, and the weighted score out of 100 (null when no indicator had an obligation).
 */
public record Scorecard(
    String region,
    Side side,
    CoveragePeriod.Labelled period,
    String policyVersion,
    List<IndicatorLine> lines,
    BigDecimal score) {}
