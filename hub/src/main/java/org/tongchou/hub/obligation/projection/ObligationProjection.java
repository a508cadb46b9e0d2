package org.tongchou.hub.obligation.projection;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongchou.hub.obligation.domain.Obligation;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.platform.jdbc.ArrayQueries;
import org.tongchou.hub.platform.readmodel.ReadModels;

/**
 * {@code obligation_view}: each obligation as its events leave it. Every write is idempotent, since
 * the processor may hand a batch over again after a failure.
 *
 * <p>Opened obligations are written set-based (issue #15): a new person's arrival opens about
 * sixteen, and a processor batch of 200 events thousands. Their rows wait in the batch's unit of
 * work and go in together when it prepares to commit: one {@code DELETE ... = ANY} and one JDBC
 * batch of inserts, instead of a DELETE and an INSERT each. A later change to an obligation whose
 * row is held writes the held rows first, so each row sees its changes in the events' order; rows
 * of different obligations are independent of each other.
 *
 * <p>It also keeps {@code obligation_tally} (issue #14): how many rows of {@code obligation_view}
 * each due day has in each group that scorecards and duty counts look at ({@link TallyGroup}). A
 * row's old group is read before each change to it, so that a batch moves the counts exactly as it
 * moves the rows, in the same transaction; {@code ObligationTallyIT} holds the table equal to the
 * rows grouped.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class ObligationProjection {

  private static final String INSERT =
      "INSERT INTO obligation_view (obligation_id, person_key, kind, side, responsible, owed, "
          + "opens_on, due_on, policy_version, opened_by, period, status, evidence, settled_on, "
          + "last_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** The SQL types of {@link #INSERT}'s parameters: a null needs no look-up of its type. */
  private static final int[] INSERT_TYPES = {
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR, Types.DATE, Types.BIGINT
  };

  /** Unit-of-work resource: the openings its events held back, and its changes to the tallies. */
  private static final String HELD = ObligationProjection.class.getName() + ".held";

  /** The group a row is in now, before a change moves it. */
  private static final String GROUP_OF =
      "SELECT " + TallyGroup.OF_VIEW + " FROM obligation_view WHERE obligation_id = ?";

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;

  ObligationProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
  }

  @EventHandler
  void on(ObligationsChanged event, TrackingToken token) {
    long position = ReadModels.positionOf(token);
    Openings held = held();
    Row row = new Row(held, event.personKey(), position);
    for (ObligationChange change : event.changes()) {
      change.accept(row);
    }
    if (!CurrentUnitOfWork.isStarted()) {
      held.writeWithTallies();
    }
  }

  /** The current batch's openings; outside a unit of work, a set written after each event. */
  private Openings held() {
    if (!CurrentUnitOfWork.isStarted()) {
      return new Openings();
    }
    UnitOfWork<?> root = CurrentUnitOfWork.get().root();
    return root.getOrComputeResource(
        HELD,
        key -> {
          Openings openings = new Openings();
          root.onPrepareCommit(u -> openings.writeWithTallies());
          return openings;
        });
  }

  /**
   * Rows of opened obligations not written yet, by id: an id opened twice (a batch handed over
   * again) keeps its last row, as a DELETE and INSERT each would have. With them, the batch's
   * changes to the tallies.
   */
  private final class Openings {

    private final Map<String, Object[]> rows = new LinkedHashMap<>();
    private final Map<String, TallyGroup> groups = new LinkedHashMap<>();
    private final Tallies tallies = new Tallies(jdbc);

    void add(String obligationId, Object[] row, TallyGroup group) {
      rows.remove(obligationId);
      rows.put(obligationId, row);
      groups.put(obligationId, group);
    }

    /**
     * A change to a written row: the row's group before it, read first, and after it; {@code
     * update} answers the rows it changed (none when the obligation has no row).
     */
    int change(String obligationId, UnaryOperator<TallyGroup> moved, IntSupplier update) {
      writeIfHolding(obligationId);
      List<TallyGroup> before = jdbc.query(GROUP_OF, (rs, n) -> TallyGroup.read(rs), obligationId);
      int updated = update.getAsInt();
      if (updated > 0) {
        before.forEach(group -> tallies.move(group, moved.apply(group)));
      }
      return updated;
    }

    void writeWithTallies() {
      write();
      tallies.write();
    }

    /** Before a change to {@code obligationId}: its row must be there to change. */
    void writeIfHolding(String obligationId) {
      if (rows.containsKey(obligationId)) {
        write();
      }
    }

    /** The held rows, replacing any rows of the same ids (and their places in the tallies). */
    void write() {
      if (rows.isEmpty()) {
        return;
      }
      List<String> ids = new ArrayList<>(rows.keySet());
      arrays.query(
          "SELECT " + TallyGroup.OF_VIEW + " FROM obligation_view WHERE obligation_id = ANY(?)",
          rs -> {
            tallies.remove(TallyGroup.read(rs));
          },
          ids);
      arrays.update("DELETE FROM obligation_view WHERE obligation_id = ANY(?)", ids);
      jdbc.batchUpdate(INSERT, new ArrayList<>(rows.values()), INSERT_TYPES);
      groups.values().forEach(tallies::add);
      rows.clear();
      groups.clear();
    }
  }

  /** Each kind of change as the row update it makes; answers the rows updated. */
  private final class Row implements ObligationChange.Visitor<Integer> {

    private final Openings held;
    private final String personKey;
    private final long position;

    Row(Openings held, String personKey, long position) {
      this.held = held;
      this.personKey = personKey;
      this.position = position;
    }

    /**
     * Held back until the batch commits, or until a change to some row comes. The subject is not
     * stored: it is the id without its number (V70).
     */
    @Override
    public Integer opened(ObligationChange.Opened e) {
      held.add(
          e.obligationId(),
          new Object[] {
            e.obligationId(),
            personKey,
            e.kind(),
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
            position
          },
          new TallyGroup(
              e.dueOn(),
              e.kind(),
              e.side().word(),
              e.responsible(),
              e.owed(),
              e.status().word(),
              e.policyVersion(),
              false));
      return 1;
    }

    @Override
    public Integer statusChanged(ObligationChange.StatusChanged e) {
      return held.change(
          e.obligationId(),
          group -> group.withStatus(e.status().word()),
          () ->
              jdbc.update(
                  "UPDATE obligation_view SET status = ?, evidence = ?, settled_on = ?, "
                      + "last_position = ? WHERE obligation_id = ?",
                  e.status().word(),
                  e.evidence(),
                  date(e.settledOn()),
                  position,
                  e.obligationId()));
    }

    @Override
    public Integer reassigned(ObligationChange.Reassigned e) {
      return held.change(
          e.obligationId(),
          group -> group.withStatus(ObligationStatus.REASSIGNED.word()),
          () ->
              jdbc.update(
                  "UPDATE obligation_view SET status = ?, replaced_by = ?, last_position = ? "
                      + "WHERE obligation_id = ?",
                  ObligationStatus.REASSIGNED.word(),
                  e.replacedBy(),
                  position,
                  e.obligationId()));
    }

    @Override
    public Integer waived(ObligationChange.Waived e) {
      return held.change(
          e.obligationId(),
          group -> group.withStatus(ObligationStatus.WAIVED.word()),
          () ->
              jdbc.update(
                  "UPDATE obligation_view SET status = ?, waived_by = ?, waiver_reason = ?, "
                      + "last_position = ? WHERE obligation_id = ?",
                  ObligationStatus.WAIVED.word(),
                  e.office(),
                  e.reason(),
                  position,
                  e.obligationId()));
    }

    @Override
    public Integer disputed(ObligationChange.Disputed e) {
      return held.change(
          e.obligationId(),
          group -> group.withDisputed(true),
          () ->
              jdbc.update(
                  "UPDATE obligation_view SET dispute = ?, disputed_by = ?, "
                      + "dispute_reason = ?, dispute_ruling = NULL, last_position = ? "
                      + "WHERE obligation_id = ?",
                  Obligation.Dispute.DISPUTED.word(),
                  e.disputedBy(),
                  e.reason(),
                  position,
                  e.obligationId()));
    }

    @Override
    public Integer disputeRuled(ObligationChange.DisputeRuled e) {
      return held.change(
          e.obligationId(),
          group -> group.withDisputed(false),
          () ->
              jdbc.update(
                  "UPDATE obligation_view SET dispute = ?, dispute_ruling = ?, last_position = ? "
                      + "WHERE obligation_id = ?",
                  Obligation.Dispute.ruled(e.upheld()).word(),
                  e.reason(),
                  position,
                  e.obligationId()));
    }
  }

  @ResetHandler
  void reset() {
    // A reset runs outside any batch: nothing is held then.
    jdbc.update("DELETE FROM obligation_view");
    jdbc.update("DELETE FROM obligation_tally");
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
