package org.tongchou.hub.erasure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.person.domain.fact.VerificationAnswered;

/** Which texts of facts and events are personal: those, and only those, are transformed. */
class PersonalFieldsTest {

  static String mark(String text) {
    return "<" + text + ">";
  }

  @Test
  void aCertificatesNumberAndContraceptionRemarkArePersonalItsCodesAreNot() {
    var issued =
        (CertificateIssued)
            PersonalFields.map(
                new CertificateIssued(
                    "C-17", LocalDate.of(2027, 1, 1), "married", 1, "IUD since 2020"),
                PersonalFieldsTest::mark);

    assertThat(issued)
        .isEqualTo(
            new CertificateIssued(
                "<C-17>", LocalDate.of(2027, 1, 1), "married", 1, "<IUD since 2020>"));
  }

  @Test
  void aCorrectionsReasonAndItsReplacementsPersonalTextsAreBothPersonal() {
    var replacement =
        new ReportedFact(
            null,
            "410102",
            LocalDate.of(2026, 4, 1),
            null,
            new VerificationAnswered("r-1", "320211", "confirmed", "her sister says so"),
            List.of());

    var corrected =
        (RecordCorrected)
            PersonalFields.map(
                new RecordCorrected("a-1", "typo", replacement), PersonalFieldsTest::mark);

    assertThat(corrected.reason()).isEqualTo("<typo>");
    assertThat(((VerificationAnswered) corrected.fact().data()).note())
        .isEqualTo("<her sister says so>");
    assertThat(((VerificationAnswered) corrected.fact().data()).answer()).isEqualTo("confirmed");
  }

  @Test
  void codedFactsAndEmptyTextsAreLeftAsTheyAre() {
    var ended = new ResidenceEnded("moved_on");
    var arrival = new ArrivalRegistered("410102");

    assertThat(PersonalFields.map(ended, PersonalFieldsTest::mark)).isSameAs(ended);
    assertThat(PersonalFields.map(arrival, PersonalFieldsTest::mark)).isSameAs(arrival);
    assertThat(
            ((VerificationAnswered)
                    PersonalFields.map(
                        new VerificationAnswered("r", "320211", "confirmed", null),
                        PersonalFieldsTest::mark))
                .note())
        .isNull();
  }

  @Test
  void anOfficesWaiverReasonIsPersonalTheObligationsTermsAreNot() {
    var changed =
        new ObligationsChanged(
            "p1",
            3,
            List.of(
                new ObligationChange.Waived("o-1", "410102", "320211", "410000", "flood"),
                new ObligationChange.StatusChanged(
                    "o-2",
                    "410102",
                    "320211",
                    org.tongchou.hub.obligation.domain.ObligationStatus.OVERDUE,
                    null,
                    null)),
            "office:410000",
            java.time.Instant.EPOCH,
            "0".repeat(64),
            "f".repeat(64));

    var mapped = (ObligationsChanged) PersonalFields.map(changed, PersonalFieldsTest::mark);

    assertThat(mapped.changes().get(0))
        .isEqualTo(new ObligationChange.Waived("o-1", "410102", "320211", "410000", "<flood>"));
    assertThat(mapped.changes().get(1)).isEqualTo(changed.changes().get(1));
    assertThat(mapped.hash()).isEqualTo(changed.hash());
  }
}
