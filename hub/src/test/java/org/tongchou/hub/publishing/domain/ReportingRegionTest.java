package org.tongchou.hub.publishing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;

class ReportingRegionTest {

  static final Instant AT = Instant.parse("2026-03-05T08:00:00Z");

  @Test
  void aRulingIsReportedByTheOfficeThatRuled() {
    assertThat(
            ReportingRegion.of(
                new ResidenceConflictRuled(
                    "p",
                    4,
                    "c-1",
                    "320200",
                    "320500",
                    "320500",
                    "p",
                    "q",
                    "320000",
                    "the later claim is right",
                    AT,
                    "prev",
                    "hash")))
        .isEqualTo("320000");
  }

  @Test
  void aSplitIsReportedByTheRegionThatEndedTheLink() {
    assertThat(
            ReportingRegion.of(
                new IdentityUnlinked(
                    "p", 5, "l-1", "p", "q", "split", "410000", "two people", AT, "prev", "hash")))
        .isEqualTo("410000");
  }

  @Test
  void obligationsTheHubOpenedAreReportedByTheHub() {
    assertThat(
            ReportingRegion.of(
                new ObligationsChanged(
                    "p", 2, List.of(), "deadline:2026-03-04", AT, "prev", "hash")))
        .isEqualTo(ReportingRegion.HUB);
  }

  @Test
  void anErasureIsReportedByTheOfficeThatErased() {
    assertThat(
            ReportingRegion.of(
                new org.tongchou.hub.erasure.domain.PersonErased(
                    "p", 6, "410000", "case 7", AT, "prev", "hash")))
        .isEqualTo("410000");
  }
}
