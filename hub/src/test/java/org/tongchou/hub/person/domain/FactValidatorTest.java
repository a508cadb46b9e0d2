package org.tongchou.hub.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongchou.hub.testing.DomainFacts.TODAY;
import static org.tongchou.hub.testing.DomainFacts.reported;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.Child;
import org.tongchou.hub.person.domain.fact.PersonDetails;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.testing.IdNumbers;

class FactValidatorTest {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();
  final FactValidator validator = new FactValidator(REGIONS);

  Refusal refusalOf(ReportedFact fact, String jurisdiction) {
    FactValidator.Result result = validator.validate(fact, jurisdiction, TODAY);
    assertThat(result).isInstanceOf(FactValidator.Invalid.class);
    return ((FactValidator.Invalid) result).refusal();
  }

  List<String> fields(ReportedFact fact) {
    return refusalOf(fact, "320200").violations().stream().map(FieldViolation::field).toList();
  }

  ReportedFact withPerson(ReportedFact f, PersonDetails person) {
    return new ReportedFact(
        f.recordId(), f.region(), f.occurredOn(), person, f.data(), f.readProblems());
  }

  @Test
  void aValidArrivalPasses() {
    var result =
        validator.validate(
            reported("a-1", "320211", "2026-03-01", new ArrivalRegistered("410102")),
            "320200",
            TODAY);

    assertThat(result).isInstanceOf(FactValidator.Valid.class);
  }

  @Test
  void aRegionOutsideTheJurisdictionIsPermissionDeniedBeforeAnythingElse() {
    Refusal refusal = refusalOf(reported("", "320508", null, null), "320200");

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.PERMISSION_DENIED);
    assertThat(refusal.violations()).extracting(FieldViolation::field).containsExactly("region");
  }

  @Test
  void anUnknownDivisionCodeIsNamed() {
    assertThat(
            fields(reported("a-1", "329999", "2026-03-01", new ServiceDelivered("contraception"))))
        .containsExactly("region");
  }

  @Test
  void anArrivalMustNameACounty() {
    Refusal refusal =
        refusalOf(reported("a-1", "320200", "2026-03-01", new ArrivalRegistered(null)), "320200");

    assertThat(refusal.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("region");
              assertThat(v.description()).contains("county");
            });
  }

  @Test
  void aFutureDateIsRefused() {
    assertThat(fields(reported("a-1", "320211", "2026-11-30", new ArrivalRegistered(null))))
        .containsExactly("occurredOn");
  }

  @Test
  void aDateBeforeThePersonsBirthIsRefused() {
    assertThat(fields(reported("a-1", "320211", "1990-03-06", new ArrivalRegistered(null))))
        .containsExactly("occurredOn");
  }

  @Test
  void aSexThatDisagreesWithTheIdNumberIsRefused() {
    ReportedFact fact =
        withPerson(
            reported("a-1", "320211", "2026-03-01", new ArrivalRegistered(null)),
            new PersonDetails(org.tongchou.hub.testing.DomainFacts.ID, "王芳", "M", "410102"));

    assertThat(fields(fact)).containsExactly("person.sex");
  }

  @Test
  void aMissingTypeIsNamedAsType() {
    assertThat(fields(reported("a-1", "320211", "2026-03-01", null))).containsExactly("type");
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    ReportedFact fact =
        withPerson(
            reported("", "320211", null, new ServiceDelivered("massage")),
            new PersonDetails("123", null, null, "999999"));

    assertThat(fields(fact))
        .containsExactlyInAnyOrder(
            "recordId",
            "occurredOn",
            "person.idNumber",
            "person.registrationRegion",
            "data.service");
  }

  @Test
  void aRecordIdLongerThan64CharactersIsRefused() {
    assertThat(
            fields(reported("x".repeat(65), "320211", "2026-03-01", new ArrivalRegistered(null))))
        .containsExactly("recordId");
  }

  @Test
  void aChildIdNumberIsValidatedAndMustAgreeWithTheChildsSex() {
    String boy = IdNumbers.of("320211", LocalDate.of(2026, 5, 1), 11);
    ReportedFact fact =
        reported(
            "b-1",
            "320211",
            "2026-05-02",
            new BirthRegistered(new Child(boy, null, "F", LocalDate.of(2026, 5, 1), 1)));

    assertThat(fields(fact)).containsExactly("data.child.sex");
  }

  @Test
  void aCorrectionsReplacementIsCheckedWithItsOwnFieldPaths() {
    ReportedFact replacement = reported(null, "320211", "2027-01-01", new ArrivalRegistered(null));
    ReportedFact fact =
        reported("c-1", "320211", "2026-04-01", new RecordCorrected("a-1", "typo", replacement));

    assertThat(fields(fact)).containsExactly("data.fact.occurredOn");
  }

  @Test
  void aCorrectionCannotMoveAFactToAnotherPerson() {
    ReportedFact replacement =
        withPerson(
            reported(null, "320211", "2026-03-02", new ArrivalRegistered(null)),
            new PersonDetails(IdNumbers.man("410102"), "李雷", null, "410102"));
    ReportedFact fact =
        reported("c-1", "320211", "2026-04-01", new RecordCorrected("a-1", "typo", replacement));

    assertThat(fields(fact)).containsExactly("data.fact.person.idNumber");
  }
}
