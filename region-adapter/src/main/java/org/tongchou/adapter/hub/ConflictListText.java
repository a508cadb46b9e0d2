package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.proto.v1.ListConflictsResponse;
import org.tongchou.proto.v1.ListedConflict;
import org.tongchou.proto.v1.ResidenceConflict;

/**
 * The residence conflicts involving a region, one a row, oldest first: what {@code office
 * rule-conflict} takes (the conflict's id and the person's key) and where each stands.
 */
public final class ConflictListText {

  private ConflictListText() {}

  /** A heading with the count, then the table. */
  public static List<String> lines(String region, ListConflictsResponse answer) {
    List<String> lines = new ArrayList<>();
    lines.add(answer.getConflictsCount() + " residence conflicts involving " + region);
    TextTable table =
        new TextTable()
            .text("conflict")
            .text("person")
            .text("status")
            .text("overlap from")
            .text("existing")
            .text("claimed")
            .text("provisional")
            .text("escalated to")
            .text("final on")
            .text("residence");
    for (ListedConflict listed : answer.getConflictsList()) {
      ResidenceConflict c = listed.getConflict();
      table.row(
          c.getConflictId(),
          listed.getPersonKey(),
          c.getStatus(),
          c.getOverlapFrom(),
          c.getExisting().getRegion(),
          c.getClaimed().getRegion(),
          c.getProvisionalRegion(),
          c.getEscalatedTo(),
          listed.getFinalOn(),
          c.getResidenceRegion());
    }
    lines.addAll(table.lines("  "));
    return lines;
  }
}
