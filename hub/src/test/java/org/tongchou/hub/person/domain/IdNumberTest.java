package org.tongchou.hub.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "440524188001010014", "410102199003071521"})
  void publishedValidNumbersAreAccepted(String number) {
    assertThat(IdNumber.parse(number).isValid()).isTrue();
  }

  @Test
  void theBirthDateAndSexAreReadFromTheNumber() {
    IdNumber id = IdNumber.parse("11010519491231002X").number();

    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.F);
    assertThat(IdNumber.parse("440524188001010014").number().sex()).isEqualTo(Sex.M);
  }

  @Test
  void aWrongCheckCharacterIsRefusedNamingTheExpectedOne() {
    IdNumber.Parsed parsed = IdNumber.parse("110105194912310021");

    assertThat(parsed.isValid()).isFalse();
    assertThat(parsed.problem()).contains("check character is 1").contains("gives X");
  }

  @Test
  void aLowerCaseXIsAcceptedAndUpperCased() {
    assertThat(IdNumber.parse("11010519491231002x").number().value())
        .isEqualTo("11010519491231002X");
  }

  @Test
  void aLegacyFifteenDigitNumberIsUpgradedWithCenturyAndCheckCharacter() {
    IdNumber id = IdNumber.parse("110105491231002").number();

    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.upgradedFromLegacy()).isTrue();
  }

  @Test
  void theFifteenAndEighteenDigitFormsOfOnePersonAreTheSameNumber() {
    assertThat(IdNumber.parse("440524800101001").number().value()).isEqualTo("440524198001010013");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1234",
        "11010519491231002",
        "1101051949123100XX",
        "11010519491331002X",
        "A1010519491231002X",
        "110105490231002"
      })
  void malformedNumbersAreRefused(String number) {
    assertThat(IdNumber.parse(number).isValid()).isFalse();
    assertThat(IdNumber.parse(number).problem()).isNotBlank();
  }

  @Test
  void aNonexistentCalendarDateIsRefused() {
    String body = "11010519490230002";
    IdNumber.Parsed parsed = IdNumber.parse(body + IdNumber.checkCharacter(body));

    assertThat(parsed.problem()).contains("not a calendar date");
  }

  @Test
  void theNumberNeverPrintsWhole() {
    assertThat(IdNumber.parse("11010519491231002X").number().toString()).doesNotContain("19491231");
  }
}
