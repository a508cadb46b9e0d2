package org.tongchou.hub.person.domain;

import java.time.LocalDate;
import java.util.List;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.Checks;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.PersonDetails;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * Every check of a fact that needs no history: the envelope (record id, region, date, person) and
 * the data. Jurisdiction comes first: a region writing outside it learns nothing more.
 */
public final class FactValidator {

  private static final int MAX_RECORD_ID = 64;

  /** Names of up to 100 characters; the identity store's column holds 200. */
  private static final int MAX_NAME = 100;

  private final RegionDirectory regions;

  public FactValidator(RegionDirectory regions) {
    this.regions = regions;
  }

  /** Either a {@link ValidatedFact} or a {@link Refusal}. */
  public sealed interface Result permits Valid, Invalid {}

  public record Valid(ValidatedFact fact) implements Result {}

  public record Invalid(Refusal refusal) implements Result {}

  public Result validate(ReportedFact fact, String jurisdiction, LocalDate today) {
    List<FieldViolation> outside = outsideJurisdiction(fact, jurisdiction, "");
    if (!outside.isEmpty()) {
      return new Invalid(
          new Refusal(
              Refusal.Kind.PERMISSION_DENIED,
              "OUTSIDE_JURISDICTION",
              outside.get(0).field() + ": " + outside.get(0).description(),
              outside));
    }
    Checks checks = new Checks(today, regions::isKnown);
    checks.required("recordId", fact.recordId());
    checks.maxLength("recordId", fact.recordId(), MAX_RECORD_ID);
    IdNumber id = checkEnvelope(fact, checks, "");
    if (fact.data() instanceof RecordCorrected correction && correction.fact() != null) {
      checkReplacement(correction.fact(), id, checks);
    }
    IdNumber child = childIdNumber(fact);
    List<FieldViolation> violations = checks.violations();
    return violations.isEmpty()
        ? new Valid(new ValidatedFact(fact, id, child))
        : new Invalid(Refusal.invalid(violations));
  }

  private List<FieldViolation> outsideJurisdiction(
      ReportedFact fact, String jurisdiction, String prefix) {
    if (regions.isKnown(fact.region()) && !regions.isWithin(fact.region(), jurisdiction)) {
      return List.of(
          new FieldViolation(
              prefix + "region",
              "division " + fact.region() + " lies outside your jurisdiction " + jurisdiction));
    }
    if (fact.data() instanceof RecordCorrected c && c.fact() != null) {
      return outsideJurisdiction(c.fact(), jurisdiction, prefix + "data.fact.");
    }
    return List.of();
  }

  /** Checks region, date, person and data; returns the ID number when it is valid. */
  private IdNumber checkEnvelope(ReportedFact fact, Checks checks, String prefix) {
    Checks local = new Checks(checks.today(), regions::isKnown);
    local.addAll(fact.readProblems());
    local.region("region", fact.region(), true);
    if (fact.data() != null
        && fact.data().isResidenceFact()
        && regions.isKnown(fact.region())
        && !regions.isCounty(fact.region())) {
      local.fail(
          "region",
          "a "
              + fact.data().typeName()
              + " must name the county where the person lives, "
              + fact.region()
              + " is not county-level");
    }
    if (fact.occurredOn() == null
        && fact.readProblems().stream().noneMatch(v -> v.field().equals("occurredOn"))) {
      local.fail("occurredOn", "required (an ISO date, YYYY-MM-DD)");
    }
    local.notFuture("occurredOn", fact.occurredOn());
    IdNumber id = checkPerson(fact, local);
    if (fact.data() == null) {
      local.fail("type", "missing or unknown fact type");
    } else {
      Checks data = new Checks(checks.today(), regions::isKnown);
      fact.data().check(data);
      data.violations().forEach(v -> local.fail("data." + v.field(), v.description()));
    }
    local.violations().forEach(v -> checks.fail(prefix + v.field(), v.description()));
    return id;
  }

  private IdNumber checkPerson(ReportedFact fact, Checks checks) {
    if (fact.person() == null) {
      checks.fail("person", "required");
      return null;
    }
    checks.region("person.registrationRegion", fact.person().registrationRegion(), false);
    checks.maxLength("person.name", fact.person().name(), MAX_NAME);
    IdNumber.Parsed parsed = IdNumber.parse(fact.person().idNumber());
    if (!parsed.isValid()) {
      checks.fail("person.idNumber", parsed.problem());
      return null;
    }
    IdNumber id = parsed.number();
    String sex = fact.person().sex();
    if (sex != null && !sex.isEmpty()) {
      Sex given = Sex.parse(sex);
      if (given == null) {
        checks.fail("person.sex", "'" + sex + "' is not M or F");
      } else if (given != id.sex()) {
        checks.fail(
            "person.sex",
            "'" + sex + "' disagrees with the ID number, whose sequence gives " + id.sex());
      }
    }
    if (id.birthDate().isAfter(checks.today())) {
      checks.fail("person.idNumber", "birth date " + id.birthDate() + " is in the future");
    }
    if (fact.occurredOn() != null && fact.occurredOn().isBefore(id.birthDate())) {
      checks.fail(
          "occurredOn", fact.occurredOn() + " is before the person's birth on " + id.birthDate());
    }
    return id;
  }

  private void checkReplacement(ReportedFact replacement, IdNumber outer, Checks checks) {
    ReportedFact withPerson =
        replacement.person() == null
                || replacement.person().idNumber() == null
                || replacement.person().idNumber().isEmpty()
            ? new ReportedFact(
                replacement.recordId(),
                replacement.region(),
                replacement.occurredOn(),
                new PersonDetails(outer == null ? null : outer.value(), null, null, null),
                replacement.data(),
                replacement.readProblems())
            : replacement;
    IdNumber inner = checkEnvelope(withPerson, checks, "data.fact.");
    if (outer != null && inner != null && !outer.value().equals(inner.value())) {
      checks.fail(
          "data.fact.person.idNumber",
          "a correction must be about the same person as the record "
              + "it corrects; moving a fact to another person is an identity link, not a correction");
    }
  }

  /**
   * The child's ID number of a birth, also when the birth is the replacement inside a correction.
   */
  private static IdNumber childIdNumber(ReportedFact fact) {
    FactData data =
        fact.data() instanceof RecordCorrected c && c.fact() != null
            ? c.fact().data()
            : fact.data();
    return childIdNumber(data);
  }

  /** The child's ID number, when {@code data} is a birth that gives one. */
  private static IdNumber childIdNumber(FactData data) {
    if (data instanceof BirthRegistered birth
        && birth.child() != null
        && birth.child().idNumber() != null) {
      return IdNumber.parse(birth.child().idNumber()).number();
    }
    return null;
  }
}
