package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.proto.v1.ListLinkRequestsResponse;
import org.tongchou.proto.v1.ListedLinkRequest;

/**
 * The identity link requests the caller is a party to, one a row, oldest first: what {@code office
 * confirm-link}, {@code decline-link} and {@code split-link} take (the link id) and where each
 * stands. Person keys only: the hub sends no name and no ID number.
 */
public final class LinkListText {

  private LinkListText() {}

  /** A heading with the count, then the table. */
  public static List<String> lines(ListLinkRequestsResponse answer) {
    List<String> lines = new ArrayList<>();
    lines.add(answer.getLinkRequestsCount() + " identity link requests");
    TextTable table =
        new TextTable()
            .text("link")
            .text("status")
            .text("requested by")
            .text("must confirm")
            .text("approved by")
            .text("requested at")
            .text("decided by")
            .text("decided at");
    for (ListedLinkRequest l : answer.getLinkRequestsList()) {
      table.row(
          l.getLinkId(),
          l.getStatus(),
          l.getRequestedBy(),
          String.join(",", l.getConfirmingPartiesList()),
          String.join(",", l.getApprovedByList()),
          l.getRequestedAt(),
          l.getDecidedBy(),
          l.getDecidedAt());
    }
    lines.addAll(table.lines("  "));
    return lines;
  }
}
