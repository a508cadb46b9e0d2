package org.tongchou.hub.obligation.projection;

import java.sql.Date;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.platform.readmodel.ReadModels;

/**
 * {@code obligation_view}: each obligation as its events leave it. Every write is idempotent, since
 * the processor may hand a batch over again after a failure.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class ObligationProjection {

  private final JdbcTemplate jdbc;

  ObligationProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ObligationsChanged event, TrackingToken token) {
    long position = ReadModels.positionOf(token);
    for (ObligationChange change : event.changes()) {
      apply(event.personKey(), change, position);
    }
  }

  private void apply(String personKey, ObligationChange change, long position) {
    if (change instanceof ObligationChange.Opened e) {
      jdbc.update("DELETE FROM obligation_view WHERE obligation_id = ?", e.obligationId());
      jdbc.update(
          "INSERT INTO obligation_view (obligation_id, person_key, kind, subject, side, responsible, owed, "
              + "opens_on, due_on, policy_version, opened_by, period, status, evidence, settled_on, "
              + "last_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          e.obligationId(),
          personKey,
          e.kind(),
          e.subject(),
          e.side().word(),
          e.responsible(),
          e.owed(),
          date(e.opensOn()),
          date(e.dueOn()),
          e.policyVersion(),
          e.openedBy(),
          e.period(),
          e.status().word(),
          e.evidence(),
          date(e.settledOn()),
          position);
    } else if (change instanceof ObligationChange.StatusChanged e) {
      jdbc.update(
          "UPDATE obligation_view SET status = ?, evidence = ?, settled_on = ?, last_position = ? "
              + "WHERE obligation_id = ?",
          e.status().word(),
          e.evidence(),
          date(e.settledOn()),
          position,
          e.obligationId());
    } else if (change instanceof ObligationChange.Reassigned e) {
      jdbc.update(
          "UPDATE obligation_view SET status = ?, replaced_by = ?, last_position = ? WHERE obligation_id = ?",
          ObligationStatus.REASSIGNED.word(),
          e.replacedBy(),
          position,
          e.obligationId());
    } else if (change instanceof ObligationChange.Waived e) {
      jdbc.update(
          "UPDATE obligation_view SET status = ?, waived_by = ?, waiver_reason = ?, last_position = ? "
              + "WHERE obligation_id = ?",
          ObligationStatus.WAIVED.word(),
          e.office(),
          e.reason(),
          position,
          e.obligationId());
    } else if (change instanceof ObligationChange.Disputed e) {
      jdbc.update(
          "UPDATE obligation_view SET dispute = 'disputed', disputed_by = ?, dispute_reason = ?, "
              + "dispute_ruling = NULL, last_position = ? WHERE obligation_id = ?",
          e.disputedBy(),
          e.reason(),
          position,
          e.obligationId());
    } else if (change instanceof ObligationChange.DisputeRuled e) {
      jdbc.update(
          "UPDATE obligation_view SET dispute = ?, dispute_ruling = ?, last_position = ? "
              + "WHERE obligation_id = ?",
          e.upheld() ? "upheld" : "dismissed",
          e.reason(),
          position,
          e.obligationId());
    }
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM obligation_view");
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
