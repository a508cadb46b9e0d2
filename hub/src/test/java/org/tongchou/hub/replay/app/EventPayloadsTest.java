package org.tongchou.hub.replay.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventPayloadsTest {

  @Test
  void theTopLevelRecordedAtIsReadAndNestedOnesAreSkipped() throws Exception {
    byte[] json =
        ("{\"a\":{\"recordedAt\":\"2001-01-01T00:00:00Z\"},\"list\":[{\"recordedAt\":\"x\"}],"
                + "\"recordedAt\":\"2026-12-01T10:15:30.123Z\",\"z\":1}")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(EventPayloads.recordedAt(json)).isEqualTo(Instant.parse("2026-12-01T10:15:30.123Z"));
  }

  @Test
  void anEventWithoutRecordedAtHasNone() throws Exception {
    assertThat(EventPayloads.recordedAt("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isNull();
  }
}
