package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldLinesTest {

  @Test
  void valuesAreAlignedUnderTheLongestName() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("status", "waived");
    fields.put("waiver_reason", "duplicate");

    assertThat(FieldLines.of(fields))
        .containsExactly("  status         waived", "  waiver_reason  duplicate");
  }

  @Test
  void someoneElsesTextCannotForgeALineOrDriveTheTerminal() {
    assertThat(FieldLines.of(Map.of("dispute_reason", "ok\n  status  waived\u001b[2J")))
        .containsExactly("  dispute_reason  ok\\u000a  status  waived\\u001b[2J");
  }
}
