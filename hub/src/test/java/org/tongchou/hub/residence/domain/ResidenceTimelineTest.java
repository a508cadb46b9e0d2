package org.tongchou.hub.residence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidenceTimelineTest {

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void anEndClosesTheOpenResidenceInThatCounty() {
    ResidenceTimeline timeline =
        ResidenceTimeline.fold(
            List.of(
                ResidenceEntry.arrival("a", "320211", "320200", d("2026-03-01")),
                ResidenceEntry.end("e", "320211", "320200", d("2026-06-01"), "returned_home")));

    assertThat(timeline.claims())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.until()).isEqualTo(d("2026-06-01"));
              assertThat(c.endReason()).isEqualTo("returned_home");
            });
  }

  @Test
  void theSameReporterRegisteringAnotherCountySupersedesItsEarlierResidence() {
    ResidenceTimeline timeline =
        ResidenceTimeline.fold(
            List.of(
                ResidenceEntry.arrival("a", "320211", "320200", d("2026-03-01")),
                ResidenceEntry.arrival("b", "320213", "320200", d("2026-05-01"))));

    assertThat(timeline.claims())
        .extracting(ResidenceClaim::until)
        .containsExactly(d("2026-05-01"), null);
    assertThat(timeline.claims().get(0).endReason()).isEqualTo(ResidenceClaim.SUPERSEDED);
  }

  @Test
  void anotherReportersArrivalOverlappingAnOpenResidenceIsAConflictNamingBothClaims() {
    ResidenceTimeline timeline =
        ResidenceTimeline.fold(
            List.of(ResidenceEntry.arrival("a", "320211", "320200", d("2026-03-01"))));

    List<ResidenceConflict> conflicts =
        timeline.conflictsWith(ResidenceEntry.arrival("s", "320508", "320500", d("2026-04-01")));

    assertThat(conflicts)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.existing().arrivalRecordId()).isEqualTo("a");
              assertThat(c.claimed().arrivalRecordId()).isEqualTo("s");
              assertThat(c.overlapFrom()).isEqualTo(d("2026-04-01"));
              assertThat(c.provisionalRegion()).isEqualTo("320211");
            });
  }

  @Test
  void anArrivalAfterAnotherRegionsResidenceEndedIsNoConflict() {
    ResidenceTimeline timeline =
        ResidenceTimeline.fold(
            List.of(
                ResidenceEntry.arrival("a", "320211", "320200", d("2026-03-01")),
                ResidenceEntry.end("e", "320211", "320200", d("2026-04-01"), "moved_on")));

    assertThat(
            timeline.conflictsWith(
                ResidenceEntry.arrival("s", "320508", "320500", d("2026-04-01"))))
        .isEmpty();
  }

  @Test
  void aLateArrivalBeforeAnotherRegionsClosedResidenceOverlapsFromThatResidencesStart() {
    ResidenceTimeline timeline =
        ResidenceTimeline.fold(
            List.of(
                ResidenceEntry.arrival("a", "320211", "320200", d("2026-03-01")),
                ResidenceEntry.end("e", "320211", "320200", d("2026-06-01"), "moved_on")));

    assertThat(
            timeline.conflictsWith(
                ResidenceEntry.arrival("s", "320508", "320500", d("2026-01-01"))))
        .singleElement()
        .extracting(ResidenceConflict::overlapFrom)
        .isEqualTo(d("2026-03-01"));
  }

  @Test
  void anEndWithoutAnOpenResidenceChangesNothing() {
    ResidenceTimeline timeline =
        ResidenceTimeline.fold(
            List.of(ResidenceEntry.end("e", "320211", "320200", d("2026-06-01"), "moved_on")));

    assertThat(timeline.claims()).isEmpty();
  }

  @Test
  void aLateArrivalBeforeTheSameReportersLaterOneEndsWhereTheLaterOneBegins() {
    ResidenceTimeline timeline =
        ResidenceTimeline.fold(
            List.of(
                ResidenceEntry.arrival("b", "320213", "320200", d("2026-05-01")),
                ResidenceEntry.arrival("a", "320211", "320200", d("2026-03-01"))));

    assertThat(timeline.claims())
        .filteredOn(ResidenceClaim::isOpen)
        .singleElement()
        .extracting(ResidenceClaim::region)
        .isEqualTo("320213");
    assertThat(timeline.claims().get(1).until()).isEqualTo(d("2026-05-01"));
  }

  @Test
  void twoSystemsReportingTheSameCountyDoNotConflict() {
    ResidenceTimeline timeline =
        ResidenceTimeline.fold(
            List.of(ResidenceEntry.arrival("a", "320211", "320200", d("2026-03-01"))));

    assertThat(
            timeline.conflictsWith(
                ResidenceEntry.arrival("p", "320211", "320000", d("2026-03-02"))))
        .isEmpty();
  }

  @Test
  void segmentsGiveTheOverlappingDaysToTheClaimRecordedFirst() {
    ResidenceTimeline timeline =
        ResidenceTimeline.fold(
            java.util.List.of(
                ResidenceEntry.arrival("a", "320211", "320200", d("2026-03-01")),
                ResidenceEntry.end("e", "320211", "320200", d("2026-06-01"), "moved_on"),
                ResidenceEntry.arrival("s", "320508", "320500", d("2026-04-01"))));

    assertThat(timeline.segments())
        .extracting(
            s ->
                s.claim().region()
                    + "@"
                    + s.from()
                    + ".."
                    + s.until()
                    + (s.starting() ? " starts" : ""))
        .containsExactly("320211@2026-03-01..2026-06-01 starts", "320508@2026-06-01..null");
  }
}
