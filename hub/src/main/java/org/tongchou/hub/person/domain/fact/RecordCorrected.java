package org.tongchou.hub.person.domain.fact;

/**
 * The reporting region corrects one of its own earlier records: {@code fact} replaces the record
 * {@code corrects}. The original stays recorded; the correction is a later record about it. The
 * envelope and data of {@code fact} are checked by the fact validator like any fact.
 */
public record RecordCorrected(String corrects, String reason, ReportedFact fact)
    implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.recordCorrected(this);
  }

  @Override
  public void check(Checks checks) {
    checks.required("corrects", corrects);
    checks.maxLength("corrects", corrects, 64);
    checks.required("reason", reason);
    checks.maxLength("reason", reason, 2000);
    if (fact == null) {
      checks.fail("fact", "required: the whole replacement fact");
    } else if (fact.data() instanceof RecordCorrected) {
      checks.fail("fact.type", "a correction cannot replace a record with another correction");
    }
  }
}
