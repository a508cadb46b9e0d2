package org.tongchou.hub.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.policy.app.ShippedPolicies;

class PolicyBookTest {

  final PolicyBook book = ShippedPolicies.book();

  @Test
  void aProvinceWithAnOverrideGetsTheNationalPolicyWithItsOverrideLaidOver() {
    EffectivePolicy jiangsu = book.inForce(LocalDate.of(2026, 3, 1), "320000");

    assertThat(jiangsu.version()).isEqualTo("national-2009.1+jiangsu-2021.1");
    assertThat(jiangsu.rule("verification-request").orElseThrow().isEnabled()).isTrue();
    assertThat(jiangsu.rule("certificate-verification").orElseThrow().due().days()).isEqualTo(30);
    assertThat(jiangsu.indicators(Side.INFLOW))
        .extracting(Indicator::id)
        .contains("verification-requests");
    assertThat(jiangsu.indicators(Side.OUTFLOW))
        .as("not overridden")
        .isEqualTo(book.inForce(LocalDate.of(2026, 3, 1), "410000").indicators(Side.OUTFLOW));
  }

  @Test
  void aProvinceWithoutAnOverrideGetsTheNationalPolicyAlone() {
    EffectivePolicy henan = book.inForce(LocalDate.of(2026, 3, 1), "410000");

    assertThat(henan.version()).isEqualTo("national-2009.1");
    assertThat(henan.rule("verification-request").orElseThrow().isEnabled()).isFalse();
  }

  @Test
  void anOverrideAppliesOnlyFromItsEffectiveDate() {
    assertThat(book.inForce(LocalDate.of(2020, 12, 31), "320000").version())
        .isEqualTo("national-2009.1");
  }

  @Test
  void aRecordedVersionIsFoundAgainByItsName() {
    assertThat(book.byVersion("national-2009.1+jiangsu-2021.1"))
        .map(EffectivePolicy::version)
        .hasValue("national-2009.1+jiangsu-2021.1");
    assertThat(book.byVersion("national-1999.9")).isEmpty();
  }

  @Test
  void theShippedWeightsOfEachRoleAddUpToOneHundred() {
    for (Side side : Side.values()) {
      assertThat(
              book.inForce(LocalDate.of(2026, 1, 1), null).indicators(side).stream()
                  .map(Indicator::weight)
                  .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
          .isEqualByComparingTo("100");
    }
  }
}
