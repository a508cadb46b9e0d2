package org.tongchou.hub.person.domain;

import java.time.LocalDate;
import org.tongchou.hub.residence.domain.ResidenceConflict;

/**
 * A residence conflict as it stands: open (the provisional region holds the days), ruled by an
 * office, final, or withdrawn. {@code residenceRegion} is whose the contested days are.
 */
public record ConflictRecord(
    ResidenceConflict conflict, LocalDate recordedOn, Status status, String residenceRegion) {

  public enum Status {
    OPEN,
    RULED,
    FINAL,
    WITHDRAWN
  }

  ConflictRecord with(Status newStatus, String newResidence) {
    return new ConflictRecord(conflict, recordedOn, newStatus, newResidence);
  }
}
