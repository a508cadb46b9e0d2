package org.tongchou.hub.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.region.domain.RegionLevel;

class StatisticsTallyTest {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();
  static final String BINHU = "320211";
  static final String GUSU = "320508";
  static final String ZHONGYUAN = "410102";
  static final String WUXI_XISHAN = "320205";

  /** Jiangsu, second quarter of 2026, stock on 30 June, rows by city. */
  static StatisticsTally jiangsu() {
    return new StatisticsTally(
        new StatisticsQuestion(
            "320000",
            LocalDate.parse("2026-04-01"),
            LocalDate.parse("2026-06-30"),
            LocalDate.parse("2026-06-30"),
            RegionLevel.CITY),
        REGIONS);
  }

  static PersonFigures.Stay stay(
      String region,
      String registration,
      String from,
      String until,
      boolean starting,
      boolean migrant) {
    return new PersonFigures.Stay(
        region,
        registration,
        LocalDate.parse(from),
        until == null ? null : LocalDate.parse(until),
        starting,
        migrant,
        null);
  }

  @Test
  void givenStaysInsideWhenCountedThenTheStockHasTheMigrantsLivingThereOnTheDayByCity() {
    StatisticsTally tally = jiangsu();

    tally.stay(stay(BINHU, ZHONGYUAN, "2026-04-01", null, true, true));
    tally.stay(
        stay(BINHU, ZHONGYUAN, "2026-04-01", "2026-06-30", true, true)); // left that very day
    tally.stay(stay(GUSU, ZHONGYUAN, "2026-07-01", null, true, true)); // came after the day
    tally.stay(
        stay(BINHU, WUXI_XISHAN, "2025-01-01", null, false, false)); // within the city: no migrant
    tally.stay(stay(GUSU, BINHU, "2026-02-01", null, false, true)); // from Wuxi: same province

    assertThat(tally.figures().stock())
        .containsExactly(new Figures.Stock("320200", 1, 1), new Figures.Stock("320500", 1, 0));
  }

  @Test
  void
      givenArrivalsWhenCountedThenFlowsAreThoseInThePeriodToOrFromTheRegionByOriginAndDestination() {
    StatisticsTally tally = jiangsu();

    tally.stay(stay(BINHU, ZHONGYUAN, "2026-04-01", null, true, true));
    tally.stay(stay(GUSU, ZHONGYUAN, "2026-05-01", null, true, true));
    tally.stay(
        stay(
            GUSU,
            ZHONGYUAN,
            "2026-05-01",
            null,
            false,
            true)); // a stretch that did not begin with an arrival
    tally.stay(stay(GUSU, ZHONGYUAN, "2026-03-31", null, true, true)); // before the period
    tally.stay(
        stay("410105", BINHU, "2026-06-01", null, true, true)); // leaving Jiangsu for Zhengzhou
    tally.stay(stay("410105", ZHONGYUAN, "2026-06-01", null, true, true)); // neither end inside

    assertThat(tally.figures().flows())
        .containsExactly(
            new Figures.Flow("320200", "410100", 1),
            new Figures.Flow("410100", "320200", 1),
            new Figures.Flow("410100", "320500", 1));
  }

  @Test
  void givenBirthsWhenCountedThenOnlyMigrantMothersLivingInsideInThePeriodCountBySex() {
    StatisticsTally tally = jiangsu();

    tally.birth(
        new PersonFigures.Birth(
            "c1", LocalDate.parse("2026-05-20"), "F", 1, BINHU, ZHONGYUAN, true, "k"));
    tally.birth(
        new PersonFigures.Birth(
            "c2", LocalDate.parse("2026-05-21"), "M", 1, BINHU, ZHONGYUAN, true, "k"));
    tally.birth(
        new PersonFigures.Birth(
            "c3", LocalDate.parse("2026-05-21"), "M", 1, BINHU, WUXI_XISHAN, false, "k"));
    tally.birth(
        new PersonFigures.Birth(
            "c4", LocalDate.parse("2026-05-21"), "M", 1, null, ZHONGYUAN, false, "k"));
    tally.birth(
        new PersonFigures.Birth(
            "c5", LocalDate.parse("2026-07-01"), "M", 1, BINHU, ZHONGYUAN, true, "k"));

    assertThat(tally.figures().births()).containsExactly(new Figures.Births("320200", 1, 1));
  }

  @Test
  void givenDutiesWhenCountedThenCoverageHoldsOnlySettledCoverageDutiesDueInThePeriodInside() {
    StatisticsTally tally = jiangsu();
    LocalDate due = LocalDate.parse("2026-06-30");

    tally.duty(BINHU, "service-coverage", ObligationStatus.MET_ON_TIME, due);
    tally.duty(BINHU, "service-coverage", ObligationStatus.MET_LATE, due);
    tally.duty(BINHU, "service-coverage", ObligationStatus.OVERDUE, due);
    tally.duty(BINHU, "service-coverage", ObligationStatus.OPEN, due);
    tally.duty(BINHU, "service-coverage", ObligationStatus.WAIVED, due);
    tally.duty(BINHU, "certificate-verification", ObligationStatus.MET_ON_TIME, due);
    tally.duty(GUSU, "agreement-coverage", ObligationStatus.OVERDUE, LocalDate.parse("2026-03-31"));
    tally.duty(ZHONGYUAN, "agreement-coverage", ObligationStatus.OVERDUE, due);

    assertThat(tally.figures().coverage())
        .containsExactly(new Figures.Coverage("320200", "service-coverage", 3, 2));
  }

  @Test
  void givenDutiesCountedInGroupsWhenCountedThenCoverageIsAsIfEachWereCountedAlone() {
    LocalDate due = LocalDate.parse("2026-06-30");
    StatisticsTally oneByOne = jiangsu();
    StatisticsTally grouped = jiangsu();
    for (int i = 0; i < 3; i++) {
      oneByOne.duty(BINHU, "service-coverage", ObligationStatus.MET_ON_TIME, due);
    }
    for (int i = 0; i < 2; i++) {
      oneByOne.duty(BINHU, "service-coverage", ObligationStatus.OVERDUE, due);
      oneByOne.duty(BINHU, "service-coverage", ObligationStatus.OPEN, due);
    }
    grouped.duties(BINHU, "service-coverage", ObligationStatus.MET_ON_TIME, due, 3);
    grouped.duties(BINHU, "service-coverage", ObligationStatus.OVERDUE, due, 2);
    grouped.duties(BINHU, "service-coverage", ObligationStatus.OPEN, due, 2);

    assertThat(grouped.figures().coverage())
        .isEqualTo(oneByOne.figures().coverage())
        .containsExactly(new Figures.Coverage("320200", "service-coverage", 5, 3));
  }
}
