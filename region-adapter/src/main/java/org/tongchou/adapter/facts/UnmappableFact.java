package org.tongchou.adapter.facts;

/**
 * Thrown inside the mapping when a line cannot become a {@code Fact}. Never escapes the package:
 * {@link FactLineMapper} turns it into a {@link FactLineMapper.Result.Refused} value. An exception
 * is used only because the offending field is found deep in a recursive walk.
 */
final class UnmappableFact extends Exception {

  private final String field;

  UnmappableFact(String field, String reason) {
    super(reason, null, false, false);
    this.field = field;
  }

  /** The FACTS.md path of the offending field, or {@code "-"}. */
  String field() {
    return field;
  }
}
