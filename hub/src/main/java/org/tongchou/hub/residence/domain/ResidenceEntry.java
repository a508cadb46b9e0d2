package org.tongchou.hub.residence.domain;

import java.time.LocalDate;

/**
 * A residence-affecting record, in the order the hub recorded it: an arrival or the end of a
 * residence. The timeline is always folded from these, so a correction that replaces one entry
 * re-derives every later stretch instead of patching it.
 */
public record ResidenceEntry(String recordId, Kind kind, String region, String reportedBy, LocalDate on,
                             String reason) {

    public enum Kind { ARRIVAL, END }

    public static ResidenceEntry arrival(String recordId, String region, String reportedBy, LocalDate on) {
        return new ResidenceEntry(recordId, Kind.ARRIVAL, region, reportedBy, on, null);
    }

    public static ResidenceEntry end(String recordId, String region, String reportedBy, LocalDate on,
                                     String reason) {
        return new ResidenceEntry(recordId, Kind.END, region, reportedBy, on, reason);
    }
}
