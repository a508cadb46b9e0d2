package org.tongchou.adapter.facts;

/**
 * Why one line of a fact file was not recorded: refused locally before sending, or by the hub.
 *
 * @param line the 1-based line number in the file
 * @param recordId the line's record id, or {@code "-"} when it could not be read
 * @param field the offending field as a FACTS.md path (e.g. {@code person.idNumber}), or {@code
 *     "-"} when the refusal is not about one field
 * @param code a {@code google.rpc.Code} name, e.g. {@code INVALID_ARGUMENT}
 * @param reason what is wrong, for the operator
 */
public record Refusal(int line, String recordId, String field, String code, String reason) {

  /** Code of every local refusal: the hub would refuse the same line with the same code. */
  public static final String LOCAL_CODE = "INVALID_ARGUMENT";

  /** Normalizes absent record id and field to {@code "-"} so that every printed column exists. */
  public Refusal {
    recordId = orDash(recordId);
    field = orDash(field);
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}
