package org.tongchou.hub.obligation.projection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import org.tongchou.hub.obligation.domain.Obligation;

/**
 * A row of {@code obligation_tally} without its count: the due day and what a scorecard's
 * indicators and a worklist's counts look at (the fields of {@code ObligationTally}), in the words
 * the read model stores.
 *
 * @param disputed disputed and not yet ruled on
 */
record TallyGroup(
    LocalDate dueOn,
    String kind,
    String side,
    String responsible,
    String owed,
    String status,
    String policyVersion,
    boolean disputed)
    implements Comparable<TallyGroup> {

  /** The columns of {@code obligation_view} that make a row's group, in {@link #read}'s order. */
  static final String OF_VIEW =
      "due_on, kind, side, responsible, owed, status, policy_version, "
          + "COALESCE(dispute = '"
          + Obligation.Dispute.DISPUTED.word()
          + "', FALSE)";

  /**
   * One order for every batch's writes: two writers of the same groups then wait for each other
   * instead of deadlocking.
   */
  private static final Comparator<TallyGroup> ORDER =
      Comparator.comparing(TallyGroup::dueOn)
          .thenComparing(TallyGroup::kind)
          .thenComparing(TallyGroup::side)
          .thenComparing(TallyGroup::responsible)
          .thenComparing(TallyGroup::owed)
          .thenComparing(TallyGroup::status)
          .thenComparing(TallyGroup::policyVersion)
          .thenComparing(TallyGroup::disputed);

  /** The group of the row {@code rs} stands on, read from the columns {@link #OF_VIEW} names. */
  static TallyGroup read(ResultSet rs) throws SQLException {
    return new TallyGroup(
        rs.getDate(1).toLocalDate(),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getBoolean(8));
  }

  TallyGroup withStatus(String newStatus) {
    return new TallyGroup(dueOn, kind, side, responsible, owed, newStatus, policyVersion, disputed);
  }

  TallyGroup withDisputed(boolean nowDisputed) {
    return new TallyGroup(dueOn, kind, side, responsible, owed, status, policyVersion, nowDisputed);
  }

  /** The parameters of {@link Tallies}' statement, the count last. */
  Object[] parameters(long delta) {
    return new Object[] {
      Date.valueOf(dueOn), kind, side, responsible, owed, status, policyVersion, disputed, delta
    };
  }

  @Override
  public int compareTo(TallyGroup other) {
    return ORDER.compare(this, other);
  }
}
