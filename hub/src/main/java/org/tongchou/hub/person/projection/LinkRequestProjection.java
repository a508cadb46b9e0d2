package org.tongchou.hub.person.projection;

import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongchou.hub.person.app.LinkRequestViews;
import org.tongchou.hub.person.app.PersonHistory;
import org.tongchou.hub.person.domain.IdentityLinkApproved;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.platform.readmodel.ReadModels;

/**
 * {@code link_request_view}: each identity link request as its events leave it. No ID number and no
 * name: keys, division codes, status and times. The confirming parties are the owners of the two
 * persons when the request is projected (the parties {@code IdentityLinkService} asks at act time).
 * Idempotent writes: a confirmation and a split are recorded in both persons' streams.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class LinkRequestProjection {

  private final JdbcTemplate jdbc;
  private final PersonHistory history;
  private final PersonAccess access;

  LinkRequestProjection(JdbcTemplate jdbc, PersonHistory history, PersonAccess access) {
    this.jdbc = jdbc;
    this.history = history;
    this.access = access;
  }

  @EventHandler
  void on(IdentityLinkRequested e, TrackingToken token) {
    Set<String> parties = new LinkedHashSet<>();
    for (String key : new String[] {e.aliasKey(), e.primaryKey()}) {
      history.stateOf(key).flatMap(access::ownerOf).ifPresent(parties::add);
    }
    jdbc.update("DELETE FROM link_request_view WHERE link_id = ?", e.linkId());
    jdbc.update(
        "INSERT INTO link_request_view (link_id, alias_key, primary_key, requested_by, parties, "
            + "approved_by, status, requested_at, last_position) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)",
        e.linkId(),
        e.aliasKey(),
        e.primaryKey(),
        e.requestedBy(),
        String.join(",", parties),
        LinkRequestViews.PENDING,
        Timestamp.from(e.recordedAt()),
        ReadModels.positionOf(token));
  }

  @EventHandler
  void on(IdentityLinkApproved e, TrackingToken token) {
    for (String joined :
        jdbc.queryForList(
            "SELECT approved_by FROM link_request_view WHERE link_id = ?",
            String.class,
            e.linkId())) {
      Set<String> approved = new LinkedHashSet<>(LinkRequestViews.codes(joined));
      approved.add(e.by());
      jdbc.update(
          "UPDATE link_request_view SET approved_by = ?, last_position = ? WHERE link_id = ?",
          String.join(",", approved),
          ReadModels.positionOf(token),
          e.linkId());
    }
  }

  @EventHandler
  void on(IdentityLinked e, TrackingToken token) {
    decided(e.linkId(), LinkRequestViews.LINKED, e.confirmedBy(), e.recordedAt(), token);
  }

  @EventHandler
  void on(IdentityUnlinked e, TrackingToken token) {
    String status =
        IdentityUnlinked.SPLIT.equals(e.outcome())
            ? LinkRequestViews.SPLIT
            : LinkRequestViews.DECLINED;
    decided(e.linkId(), status, e.by(), e.recordedAt(), token);
  }

  private void decided(
      String linkId, String status, String by, java.time.Instant at, TrackingToken token) {
    jdbc.update(
        "UPDATE link_request_view SET status = ?, decided_by = ?, decided_at = ?, last_position = ? "
            + "WHERE link_id = ?",
        status,
        by,
        Timestamp.from(at),
        ReadModels.positionOf(token),
        linkId);
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM link_request_view");
  }
}
