package org.tongchou.hub.obligation.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a batch changes in {@code obligation_tally}: each group's net number of obligations gained
 * or lost, written when the batch writes its rows, in one JDBC batch. A row that leaves one group
 * for another (a status, a dispute) counts −1 and +1; a change that leaves it where it was nets
 * zero and writes nothing, which is what makes a batch handed over again harmless.
 */
final class Tallies {

  /**
   * Adds a delta to a group's row, deleting a row that falls to zero. Standard {@code MERGE}, which
   * PostgreSQL (15) and H2 both run; one writer at a time (the read-models processor has one
   * segment), in {@link TallyGroup}'s order.
   */
  private static final String MERGE =
      "MERGE INTO obligation_tally t USING (SELECT CAST(? AS DATE) AS due_on, "
          + "CAST(? AS VARCHAR(64)) AS kind, CAST(? AS VARCHAR(8)) AS side, "
          + "CAST(? AS VARCHAR(6)) AS responsible, CAST(? AS VARCHAR(6)) AS owed, "
          + "CAST(? AS VARCHAR(16)) AS status, CAST(? AS VARCHAR(140)) AS policy_version, "
          + "CAST(? AS BOOLEAN) AS disputed, CAST(? AS BIGINT) AS obligations) s "
          + "ON t.due_on = s.due_on AND t.kind = s.kind AND t.side = s.side "
          + "AND t.responsible = s.responsible AND t.owed = s.owed AND t.status = s.status "
          + "AND t.policy_version = s.policy_version AND t.disputed = s.disputed "
          + "WHEN MATCHED AND t.obligations + s.obligations = 0 THEN DELETE "
          + "WHEN MATCHED THEN UPDATE SET obligations = t.obligations + s.obligations "
          + "WHEN NOT MATCHED THEN INSERT (due_on, kind, side, responsible, owed, status, "
          + "policy_version, disputed, obligations) VALUES (s.due_on, s.kind, s.side, "
          + "s.responsible, s.owed, s.status, s.policy_version, s.disputed, s.obligations)";

  private final JdbcTemplate jdbc;
  private final Map<TallyGroup, Long> deltas = new TreeMap<>();

  Tallies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void add(TallyGroup group) {
    deltas.merge(group, 1L, Long::sum);
  }

  void remove(TallyGroup group) {
    deltas.merge(group, -1L, Long::sum);
  }

  void move(TallyGroup from, TallyGroup to) {
    remove(from);
    add(to);
  }

  void write() {
    List<Object[]> changes = new ArrayList<>();
    deltas.forEach(
        (group, delta) -> {
          if (delta != 0) {
            changes.add(group.parameters(delta));
          }
        });
    deltas.clear();
    if (!changes.isEmpty()) {
      jdbc.batchUpdate(MERGE, changes);
    }
  }
}
