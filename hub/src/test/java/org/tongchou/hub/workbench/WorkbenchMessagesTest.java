package org.tongchou.hub.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WorkbenchMessagesTest {

  static Properties bundle(String name) throws IOException {
    Properties labels = new Properties();
    try (var in =
        new InputStreamReader(
            WorkbenchMessagesTest.class.getResourceAsStream("/workbench/" + name),
            StandardCharsets.UTF_8)) {
      labels.load(in);
    }
    return labels;
  }

  @Test
  void givenBothBundlesWhenComparedThenEveryLabelIsInChineseAndInEnglish() throws IOException {
    Properties chinese = bundle("messages.properties");
    Properties english = bundle("messages_en.properties");

    assertThat(chinese.stringPropertyNames())
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    assertThat(chinese.stringPropertyNames())
        .allSatisfy(k -> assertThat(chinese.getProperty(k)).isNotBlank());
    assertThat(english.stringPropertyNames())
        .allSatisfy(k -> assertThat(english.getProperty(k)).isNotBlank());
  }
}
