package org.tongchou.hub.person.domain.fact;

import java.util.Set;

/** A contract or commitment of 一证二合同三承诺 was signed; kind and party are data. */
public record AgreementSigned(String kind, String party) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.agreementSigned(this);
  }

  public static final Set<String> KINDS = Set.of("contract", "commitment");
  public static final Set<String> PARTIES = Set.of("migrant", "landlord", "employer", "agency");

  @Override
  public void check(Checks checks) {
    checks.oneOf("kind", kind, KINDS);
    checks.oneOf("party", party, PARTIES);
  }
}
