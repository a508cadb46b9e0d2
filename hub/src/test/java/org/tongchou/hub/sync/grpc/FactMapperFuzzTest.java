package org.tongchou.hub.sync.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.tongchou.hub.person.domain.FactValidator;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FuzzedFacts;
import org.tongchou.proto.v1.Fact;

/**
 * Fuzzing (issue #16; deploy/fuzz.sh): any wire fact is read by FactMapper and judged by
 * FactValidator without an exception, and a fact judged valid has what storing it needs.
 */
@Tag("fuzz")
class FactMapperFuzzTest {

  static final FactValidator VALIDATOR = new FactValidator(RegionDirectory.shipped());
  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @FuzzTest(maxExecutions = 1_000_000)
  void anyWireFactIsReadAndJudgedWithoutAnException(FuzzedDataProvider data) {
    Fact fact = FuzzedFacts.from(data);
    if (fact == null) {
      return;
    }

    ReportedFact reported = FactMapper.toDomain(fact);
    FactValidator.Result result = VALIDATOR.validate(reported, Facts.WUXI, TODAY);

    assertThat(result).isNotNull();
    if (result instanceof FactValidator.Valid valid) {
      assertThat(valid.fact()).isNotNull();
      assertThat(reported.readProblems()).isEmpty();
      assertThat(reported.recordId()).isNotBlank();
    }
  }
}
