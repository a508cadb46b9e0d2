package org.tongchou.hub.kernel;

/**
 * One bad field, named by its FACTS.md path (e.g. {@code person.idNumber}, {@code data.child.sex}).
 */
public record FieldViolation(String field, String description) {

  public FieldViolation under(String prefix) {
    return new FieldViolation(prefix + "." + field, description);
  }
}
