package org.tongchou.hub.policy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzing (issue #16; deploy/fuzz.sh): any bytes given as a policy document are parsed or refused
 * with a problem naming where, never thrown.
 */
@Tag("fuzz")
class PolicyYamlFuzzTest {

  @FuzzTest(maxExecutions = 1_000_000)
  void anyBytesAreADocumentOrAProblem(FuzzedDataProvider data) {
    PolicyYaml.Read read = PolicyYaml.read(data.consumeRemainingAsBytes());

    assertThat(read).isNotNull();
    if (read instanceof PolicyYaml.Unreadable unreadable) {
      assertThat(unreadable.problem().description()).isNotBlank();
    }
  }
}
