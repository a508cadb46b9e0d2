package org.tongchou.hub.replay.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import org.tongchou.hub.obligation.domain.ObligationRow;

/**
 * How one obligation ended up in one replay: its row, what it gives each indicator that counts it
 * ({@code side/indicator} to credit, to the rate's scale), and the log positions of the events
 * behind it.
 */
public record ObligationOutcome(
    ObligationRow row, SortedMap<String, BigDecimal> credits, List<Long> eventPositions) {}
