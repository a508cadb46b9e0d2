package org.tongchou.hub.person.domain.fact;

import java.util.Set;

/** The registration side answers a verification request. */
public record VerificationAnswered(
    String requestRecordId, String requestRegion, String answer, String note) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.verificationAnswered(this);
  }

  public static final Set<String> ANSWERS = Set.of("confirmed", "corrected", "unknown_person");

  @Override
  public void check(Checks checks) {
    checks.required("requestRecordId", requestRecordId);
    checks.maxLength("requestRecordId", requestRecordId, 64);
    checks.region("requestRegion", requestRegion, true);
    checks.oneOf("answer", answer, ANSWERS);
    checks.maxLength("note", note, 2000);
  }
}
