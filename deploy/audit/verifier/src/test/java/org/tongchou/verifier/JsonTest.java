package org.tongchou.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void anExportLineReadsWithItsMembersNumbersBooleansAndPath() {
    Json.Node line =
        Json.read(
            "{\"kind\":\"event\",\"position\":396,\"full\":true,\"path\":[\"Labc\",\"Rdef\"],"
                + "\"name\":\"\\u5f20\\\"x\\\"\",\"none\":null}");
    List<String> path = new ArrayList<>();
    line.path("path").forEach(step -> path.add(step.asText()));

    assertThat(line.path("kind").asText()).isEqualTo("event");
    assertThat(line.path("position").asLong()).isEqualTo(396);
    assertThat(line.path("full").asBoolean(false)).isTrue();
    assertThat(path).containsExactly("Labc", "Rdef");
    assertThat(line.path("name").asText()).isEqualTo("张\"x\"");
    assertThat(line.path("none").asText(null)).isNull();
    assertThat(line.path("absent").asLong(-1)).isEqualTo(-1);
    assertThat(line.has("none")).isTrue();
    assertThat(line.isObject()).isTrue();
  }

  @Test
  void aNestedObjectIsReadWithoutTakingItsMembersForTheTopLevelOnes() {
    Json.Node event = Json.read("{\"data\":{\"hash\":\"inner\"},\"hash\":\"outer\"}");

    assertThat(event.path("hash").asText()).isEqualTo("outer");
    assertThat(event.path("data").path("hash").asText()).isEqualTo("inner");
  }

  @Test
  void whatIsNotJsonIsRefusedNamingWhereEvenNestingTooDeepForTheStack() {
    for (String bad :
        List.of(
            "{\"a\":1,}",
            "{\"a\":1} x",
            "{\"a\" 1}",
            "[1,2",
            "\"open",
            "{\"a\":1,\"a\":2}",
            "",
            "\"\\u+041\"",
            "[".repeat(100_000))) {
      assertThatThrownBy(() -> Json.read(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not JSON");
    }
  }

  @Test
  void nestingUpToTheLimitIsRead() {
    String deep = "[".repeat(Json.MOST_NESTED) + "]".repeat(Json.MOST_NESTED);

    assertThat(Json.read(deep).toString()).startsWith("[[[");
  }
}
