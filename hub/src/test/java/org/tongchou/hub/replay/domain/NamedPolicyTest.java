package org.tongchou.hub.replay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.policy.domain.PolicyDocument;

class NamedPolicyTest {

  static final PolicyBook SHIPPED = ShippedPolicies.book();

  static PolicyBook withNewerNational() {
    PolicyDocument n = SHIPPED.document("national-2009.1").orElseThrow();
    return SHIPPED.with(
        new PolicyDocument(
            "national-2027.1",
            LocalDate.of(2027, 1, 1),
            n.scope(),
            n.calendar(),
            n.dueSoonDays(),
            n.eligibility(),
            n.obligations(),
            n.conflicts(),
            n.indicators()));
  }

  @Test
  void aNamedNationalVersionIsInForceThroughoutWithTheProvincesOverridesAsTheyWere() {
    PolicyBook book = NamedPolicy.book(withNewerNational(), "national-2027.1").orElseThrow();

    assertThat(book.inForce(LocalDate.of(2010, 3, 1), "410000").version())
        .isEqualTo("national-2027.1");
    assertThat(book.inForce(LocalDate.of(2026, 4, 1), "320000").version())
        .isEqualTo("national-2027.1+jiangsu-2021.1");
    assertThat(book.inForce(LocalDate.of(2020, 4, 1), "320000").version())
        .as("before Jiangsu's own date")
        .isEqualTo("national-2027.1");
    assertThat(book.document("national-2009.1")).isEmpty();
  }

  @Test
  void aNamedOverrideIsInForceThroughoutItsProvinceOnly() {
    PolicyBook book = NamedPolicy.book(SHIPPED, "jiangsu-2021.1").orElseThrow();

    assertThat(book.inForce(LocalDate.of(2015, 1, 1), "320000").version())
        .isEqualTo("national-2009.1+jiangsu-2021.1");
    assertThat(book.inForce(LocalDate.of(2015, 1, 1), "410000").version())
        .isEqualTo("national-2009.1");
  }

  @Test
  void anUnknownVersionGivesNoBook() {
    assertThat(NamedPolicy.book(SHIPPED, "national-1999.9")).isEmpty();
  }

  @Test
  void aVersionNamedAsAReevaluationNamesItPutsBothInForceThroughout() {
    PolicyBook book =
        NamedPolicy.book(withNewerNational(), "national-2027.1+jiangsu-2021.1").orElseThrow();

    assertThat(book.inForce(LocalDate.of(2015, 1, 1), "320000").version())
        .isEqualTo("national-2027.1+jiangsu-2021.1");
    assertThat(book.inForce(LocalDate.of(2015, 1, 1), "410000").version())
        .isEqualTo("national-2027.1");
  }

  @Test
  void aNationalVersionWithAnEmptyOverrideBringsNoOverrideAnywhere() {
    PolicyBook book = NamedPolicy.book(SHIPPED, "national-2009.1+").orElseThrow();

    assertThat(book.inForce(LocalDate.of(2026, 4, 1), "320000").version())
        .isEqualTo("national-2009.1");
  }

  @Test
  void aComboWithAnUnknownOrMisplacedPartGivesNoBook() {
    assertThat(NamedPolicy.book(SHIPPED, "national-2009.1+jiangsu-1999.1")).isEmpty();
    assertThat(NamedPolicy.book(SHIPPED, "jiangsu-2021.1+national-2009.1")).isEmpty();
  }
}
