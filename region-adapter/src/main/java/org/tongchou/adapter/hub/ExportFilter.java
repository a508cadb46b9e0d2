package org.tongchou.adapter.hub;

import java.time.Instant;

/**
 * What an auditor exports: nulls for "any". With every filter null the export holds everything.
 *
 * @param idNumber one person by ID number
 * @param personKey one person by pseudonymous key
 * @param region the entries that concern one division
 * @param recordedFrom events recorded at or after
 * @param recordedTo events recorded before
 * @param purpose why, for the hub's access log
 */
public record ExportFilter(
    String idNumber,
    String personKey,
    String region,
    Instant recordedFrom,
    Instant recordedTo,
    String purpose) {

  public static final ExportFilter EVERYTHING = new ExportFilter(null, null, null, null, null, "");
}
