package org.tongchou.workload.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

  @Test
  void aKnownIdNumberGetsItsPublishedCheckCharacter() {
    // the GB 11643 worked example: 11010519491231002X
    assertThat(IdNumbers.of("110105", LocalDate.of(1949, 12, 31), 2))
        .isEqualTo("11010519491231002X");
  }

  @Test
  void theSequenceParityGivesTheSex() {
    assertThat(IdNumbers.sexOf(IdNumbers.of("410102", LocalDate.of(1990, 3, 7), 151)))
        .isEqualTo("M");
    assertThat(IdNumbers.sexOf(IdNumbers.of("410102", LocalDate.of(1990, 3, 7), 152)))
        .isEqualTo("F");
  }

  @Test
  void aRegionThatIsNotSixDigitsIsRejected() {
    assertThatThrownBy(() -> IdNumbers.of("4101", LocalDate.of(1990, 3, 7), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
