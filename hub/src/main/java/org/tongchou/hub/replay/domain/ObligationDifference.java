package org.tongchou.hub.replay.domain;

import java.util.List;

/**
 * An obligation subject whose outcome differs between two replays; {@code left} or {@code right} is
 * null where that replay has no obligation of the subject.
 *
 * @param differsIn any of {@code status}, {@code responsible}, {@code credit}, {@code presence}
 */
public record ObligationDifference(
    String subject,
    String kind,
    String personKey,
    ObligationOutcome left,
    ObligationOutcome right,
    List<String> differsIn) {}
