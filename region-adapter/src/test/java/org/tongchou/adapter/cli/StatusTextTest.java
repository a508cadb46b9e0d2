package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongchou.adapter.local.LocalStatus;

class StatusTextTest {

  static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void statusShowsTheBacklogTheRefusalsTheCheckpointTheLagAndTheInbox() {
    LocalStatus status =
        new LocalStatus(
            NOW,
            12,
            Optional.of(NOW.minusSeconds(184)),
            1200,
            3,
            2,
            List.of(
                new LocalStatus.RefusedRow(
                    17,
                    "320211-2026-000017",
                    "person.idNumber  INVALID_ARGUMENT  check character is wrong\nperson.sex  INVALID_ARGUMENT  disagrees")),
            4512,
            Optional.of(NOW.minusSeconds(2)),
            4480);

    List<String> lines =
        StatusText.lines("320200", "local database jdbc:postgresql://db/wuxi", status);

    assertThat(lines)
        .containsExactly(
            "Region 320200, local database jdbc:postgresql://db/wuxi",
            "Outbox",
            "  pending           12   oldest inserted 3m 04s ago",
            "  accepted       1,200",
            "  duplicate          3   (recorded by an earlier push; original receipt kept)",
            "  refused            2   waiting for a person (set resolved_at once dealt with)",
            "Refused rows, oldest first (1 of 2):",
            "  row 17  recordId 320211-2026-000017",
            "    person.idNumber  INVALID_ARGUMENT  check character is wrong",
            "    person.sex  INVALID_ARGUMENT  disagrees",
            "Feed",
            "  checkpoint     4,512",
            "  hub time of the last checkpoint 2026-03-02T07:59:58Z   lag 2s",
            "Inbox",
            "  rows           4,480");
  }

  @Test
  void aFeedThatHasNotCheckpointedYetSaysSoAndAnEmptyOutboxShowsNoAge() {
    LocalStatus status =
        new LocalStatus(NOW, 0, Optional.empty(), 0, 0, 0, List.of(), 0, Optional.empty(), 0);

    List<String> lines = StatusText.lines("410000", "local database db", status);

    assertThat(lines)
        .contains("  pending            0", "  no checkpoint from the hub yet")
        .noneMatch(line -> line.startsWith("Refused rows"));
  }

  @Test
  void agesAreShownToTheSecondWithTheLargestUnitsFirst() {
    assertThat(StatusText.age(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(StatusText.age(Duration.ofSeconds(3 * 3600 + 5 * 60 + 9))).isEqualTo("3h 05m");
    assertThat(StatusText.age(Duration.ofHours(52))).isEqualTo("2d 04h");
    assertThat(StatusText.age(Duration.ofSeconds(-3))).isEqualTo("0s");
  }
}
