package org.tongchou.adapter.hub;

import java.time.Instant;

/**
 * A person's history as an auditor asks for it ({@code tongchou.v1.History.GetPersonHistory}).
 *
 * @param idNumber the person's ID number (18 characters or the legacy 15)
 * @param knownAt only what the hub had recorded by then; null for now
 * @param occurredFrom only records about business days from this ISO date on; empty for open
 * @param occurredTo only records about business days up to this ISO date; empty for open
 * @param purpose why the auditor reads it, kept in the hub's access log; may be empty
 */
public record HistoryQuery(
    String idNumber, Instant knownAt, String occurredFrom, String occurredTo, String purpose) {}
