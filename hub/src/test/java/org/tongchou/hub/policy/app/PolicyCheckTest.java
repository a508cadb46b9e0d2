package org.tongchou.hub.policy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.policy.domain.PolicyCheck;
import org.tongchou.hub.policy.domain.PolicyDocument;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.region.domain.RegionLevel;

/** A policy file with mistakes is refused with every mistake named by its path in the file. */
class PolicyCheckTest {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();

  static String national() {
    return new String(ShippedPolicies.bytes("national-2009.1.yaml"), StandardCharsets.UTF_8);
  }

  static List<FieldViolation> problemsOf(String yaml, PolicyDocument base) {
    PolicyYaml.Read read = PolicyYaml.read(yaml.getBytes(StandardCharsets.UTF_8));
    if (read instanceof PolicyYaml.Unreadable unreadable) {
      return List.of(unreadable.problem());
    }
    return PolicyCheck.problems(
        ((PolicyYaml.Parsed) read).document(),
        base,
        PolicyLibrary.FACT_TYPES,
        code -> REGIONS.find(code).map(r -> r.level() == RegionLevel.PROVINCE).orElse(false));
  }

  static PolicyDocument shippedNational() {
    return ((PolicyYaml.Parsed) PolicyYaml.read(ShippedPolicies.bytes("national-2009.1.yaml")))
        .document();
  }

  @Test
  void theShippedPoliciesPassTheirOwnChecks() {
    assertThat(problemsOf(national(), null)).isEmpty();
    assertThat(
            problemsOf(
                new String(ShippedPolicies.bytes("jiangsu-2021.1.yaml"), StandardCharsets.UTF_8),
                shippedNational()))
        .isEmpty();
  }

  @Test
  void anUnknownFieldIsNamedWithItsPath() {
    List<FieldViolation> problems =
        problemsOf(national().replaceFirst("due: \\{days: 30}", "due: {dayz: 30}"), null);

    assertThat(problems)
        .extracting(FieldViolation::field)
        .containsExactly("obligations[0].due.dayz");
  }

  @Test
  void everyMistakeOfAFileIsReportedAtOnce() {
    String broken =
        national()
            .replace("opensOn: {fact: CertificateVerifiedX", "")
            .replaceFirst(
                "metBy: \\{fact: CertificateVerified,", "metBy: {fact: CertificateChecked,")
            .replaceFirst("weight: 20}", "weight: 25}")
            .replaceFirst("due: \\{workingDays: 7}", "due: {workingDays: 0}");

    assertThat(problemsOf(broken, null))
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder(
            "obligations[0].metBy.fact", "obligations[2].due.workingDays", "indicators.inflow");
  }

  @Test
  void anOverrideMustNameAProvinceAndIndicatorsOfKnownObligations() {
    String override =
        "version: x-1\neffectiveFrom: 2026-01-01\nscope: \"320200\"\nindicators:\n  inflow:\n"
            + "    - {id: made-up, obligation: no-such-duty, counts: [met-on-time], weight: 100}\n";

    assertThat(problemsOf(override, shippedNational()))
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder("scope", "indicators.inflow[0].obligation");
  }

  @Test
  void anOverrideCannotInventAKindOfDuty() {
    String override =
        "version: x-1\neffectiveFrom: 2026-01-01\nscope: \"320000\"\nobligations:\n"
            + "  - kind: new-duty\n    opensOn: {fact: ArrivalRegistered}\n    responsible: residence\n"
            + "    owed: registration\n    due: {days: 3}\n    metBy: {self: true}\n";

    assertThat(problemsOf(override, shippedNational()))
        .extracting(FieldViolation::field)
        .containsExactly("obligations[0].kind");
  }

  @Test
  void aDeadlineAtAPeriodsEndNeedsARuleOpenedByAResidencePeriod() {
    String broken = national().replaceFirst("due: \\{days: 30}", "due: {periodEnd: true}");

    assertThat(problemsOf(broken, null))
        .extracting(FieldViolation::field)
        .containsExactly("obligations[0].due.periodEnd");
  }
}
