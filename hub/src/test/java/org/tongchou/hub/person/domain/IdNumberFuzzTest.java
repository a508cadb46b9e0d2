package org.tongchou.hub.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/** Fuzzing (issue #16; deploy/fuzz.sh): any text is read as a number or refused, never thrown. */
@Tag("fuzz")
class IdNumberFuzzTest {

  @FuzzTest(maxExecutions = 1_000_000)
  void anyTextIsEitherAWellFormedNumberOrAProblem(FuzzedDataProvider data) {
    String raw = data.consumeRemainingAsString();

    IdNumber.Parsed parsed = IdNumber.parse(raw);

    assertThat(parsed.number() == null).isNotEqualTo(parsed.problem() == null);
    if (parsed.isValid()) {
      String value = parsed.number().value();
      assertThat(value).matches("\\d{17}[0-9X]");
      assertThat(value.charAt(17)).isEqualTo(IdNumber.checkCharacter(value.substring(0, 17)));
      assertThat(IdNumber.parse(value).number())
          .isEqualTo(
              parsed.number().upgradedFromLegacy()
                  ? new IdNumber(value, parsed.number().birthDate(), parsed.number().sex(), false)
                  : parsed.number());
    }
  }
}
