package org.tongchou.hub.person.projection;

import java.sql.Date;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.residence.domain.ResidenceConflict;

/** {@code conflict_view}: each residence conflict as its events leave it. Idempotent writes. */
@Component
@ProcessingGroup(ReadModels.GROUP)
class ConflictProjection {

  private final JdbcTemplate jdbc;

  ConflictProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ResidenceConflictRecorded e, TrackingToken token) {
    ResidenceConflict c = e.conflict();
    jdbc.update("DELETE FROM conflict_view WHERE conflict_id = ?", c.id());
    jdbc.update(
        "INSERT INTO conflict_view (conflict_id, person_key, existing_region, existing_from, existing_until, "
            + "claimed_region, claimed_from, overlap_from, provisional_region, status, residence_region, "
            + "recorded_on, last_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)",
        c.id(),
        e.personKey(),
        c.existing().region(),
        date(c.existing().from()),
        date(c.existing().until()),
        c.claimed().region(),
        date(c.claimed().from()),
        date(c.overlapFrom()),
        c.provisionalRegion(),
        c.provisionalRegion(),
        date(BusinessDates.dateOf(e.recordedAt())),
        ReadModels.positionOf(token));
  }

  @EventHandler
  void on(ResidenceConflictRuled e, TrackingToken token) {
    jdbc.update(
        "UPDATE conflict_view SET status = 'ruled', residence_region = ?, last_position = ? "
            + "WHERE conflict_id = ?",
        e.residenceRegion(),
        ReadModels.positionOf(token),
        e.conflictId());
  }

  @EventHandler
  void on(ResidenceConflictEnded e, TrackingToken token) {
    jdbc.update(
        "UPDATE conflict_view SET status = ?, residence_region = ?, last_position = ? WHERE conflict_id = ?",
        e.outcome(),
        e.residenceRegion(),
        ReadModels.positionOf(token),
        e.conflictId());
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM conflict_view");
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
