package org.tongchou.hub.replay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.policy.domain.Side;

class ScratchObligationsTest {

  static ObligationChange.Opened opened(String id, String responsible, String dueOn) {
    return new ObligationChange.Opened(
        id,
        "verification-answer",
        id.substring(0, id.indexOf('#')),
        Side.OUTFLOW,
        responsible,
        "320211",
        LocalDate.parse("2026-04-05"),
        LocalDate.parse(dueOn),
        "national-2009.1",
        "320211/r-1",
        null,
        ObligationStatus.OPEN,
        null,
        null);
  }

  final ScratchObligations scratch = new ScratchObligations(o -> o.responsible().startsWith("41"));

  @Test
  void anObligationIsFoldedAsTheLiveProjectionWritesItsRow() {
    scratch.apply("p", opened("verification-answer/320211/r-1#1", "410102", "2026-05-05"), 7);
    scratch.apply(
        "p",
        new ObligationChange.StatusChanged(
            "verification-answer/320211/r-1#1",
            "410102",
            "320211",
            ObligationStatus.MET_ON_TIME,
            "410102/r-2",
            LocalDate.parse("2026-04-20")),
        9);
    scratch.apply(
        "p",
        new ObligationChange.Disputed(
            "verification-answer/320211/r-1#1", "410102", "320211", "410102", "not ours"),
        11);

    assertThat(scratch.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo(ObligationStatus.MET_ON_TIME);
              assertThat(row.evidence()).isEqualTo("410102/r-2");
              assertThat(row.settledOn()).isEqualTo(LocalDate.parse("2026-04-20"));
              assertThat(row.dispute()).isEqualTo("disputed");
              assertThat(row.lastPosition()).isEqualTo(11);
            });
    assertThat(scratch.behind("verification-answer/320211/r-1#1")).containsExactly(7L, 9L, 11L);
  }

  @Test
  void obligationsNotKeptAndChangesToThemAreIgnored() {
    scratch.apply("p", opened("verification-answer/320211/r-9#1", "320211", "2026-05-05"), 3);
    scratch.apply(
        "p",
        new ObligationChange.StatusChanged(
            "verification-answer/320211/r-9#1",
            "320211",
            "320211",
            ObligationStatus.OVERDUE,
            null,
            null),
        4);

    assertThat(scratch.rows()).isEmpty();
    assertThat(scratch.holds("verification-answer/320211/r-9#1")).isFalse();
  }

  @Test
  void reopeningAnObligationStartsItsRowAfresh() {
    scratch.apply("p", opened("verification-answer/320211/r-1#1", "410102", "2026-05-05"), 1);
    scratch.apply(
        "p",
        new ObligationChange.Waived(
            "verification-answer/320211/r-1#1", "410102", "320211", "410000", "flood"),
        2);
    scratch.apply("p", opened("verification-answer/320211/r-1#1", "410102", "2026-05-05"), 3);

    assertThat(scratch.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo(ObligationStatus.OPEN);
              assertThat(row.waivedBy()).isNull();
            });
  }
}
