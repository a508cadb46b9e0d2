package org.tongchou.hub.person.domain.fact;

import java.time.LocalDate;
import java.util.Set;

/** The registration side issued the marriage-and-childbearing certificate (婚育证明). */
public record CertificateIssued(
    String certificateNumber,
    LocalDate validUntil,
    String maritalStatus,
    int children,
    String contraception)
    implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.certificateIssued(this);
  }

  public static final Set<String> MARITAL_STATUSES =
      Set.of("unmarried", "married", "divorced", "widowed");

  @Override
  public void check(Checks checks) {
    checks.required("certificateNumber", certificateNumber);
    checks.maxLength("certificateNumber", certificateNumber, 64);
    checks.presentDate("validUntil", validUntil);
    checks.oneOf("maritalStatus", maritalStatus, MARITAL_STATUSES);
    checks.range("children", children, 0, 20);
    checks.maxLength("contraception", contraception, 500);
  }
}
