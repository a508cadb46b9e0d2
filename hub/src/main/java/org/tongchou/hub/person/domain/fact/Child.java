package org.tongchou.hub.person.domain.fact;

import java.time.LocalDate;

/**
 * The child of a registered birth. As reported, {@code idNumber} may hold the child's ID number;
 * before the fact is recorded it is replaced by the child's pseudonymous {@code personKey}, so that
 * no raw ID number is ever part of an event.
 */
public record Child(
    String idNumber, String personKey, String sex, LocalDate bornOn, int birthOrder) {

  public Child pseudonymized(String childKey) {
    return new Child(null, childKey, sex, bornOn, birthOrder);
  }
}
