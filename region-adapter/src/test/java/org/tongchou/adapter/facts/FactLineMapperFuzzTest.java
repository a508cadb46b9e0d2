package org.tongchou.adapter.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzing the FACTS.md JSON parser (issue #16; deploy/fuzz.sh): any line is mapped to a fact or
 * refused with a field and a reason, never thrown.
 */
@Tag("fuzz")
class FactLineMapperFuzzTest {

  static final FactLineMapper MAPPER = new FactLineMapper();

  @FuzzTest(maxExecutions = 1_000_000)
  void anyLineIsMappedOrRefusedWithAReason(FuzzedDataProvider data) {
    FactLineMapper.Result result = MAPPER.map(data.consumeRemainingAsString());

    assertThat(result).isNotNull();
    if (result instanceof FactLineMapper.Result.Refused refused) {
      assertThat(refused.field()).isNotNull();
      assertThat(refused.reason()).isNotBlank();
    }
  }
}
