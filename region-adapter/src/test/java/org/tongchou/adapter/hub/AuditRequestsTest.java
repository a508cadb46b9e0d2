package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongchou.proto.v1.AsOf;
import org.tongchou.proto.v1.GetPersonHistoryRequest;
import org.tongchou.proto.v1.ListAccessLogRequest;

class AuditRequestsTest {

  private static final Instant T = Instant.parse("2026-06-01T00:00:00.123Z");

  @Test
  void aHistoryQueryWithoutATimeOrPeriodAsksForEverythingKnownNow() {
    GetPersonHistoryRequest request =
        AuditRequests.history(new HistoryQuery("110101199003074514", null, "", "", ""));

    assertThat(request)
        .isEqualTo(GetPersonHistoryRequest.newBuilder().setIdNumber("110101199003074514").build());
    assertThat(request.hasKnownAt()).isFalse();
  }

  @Test
  void aHistoryQueryCarriesItsRecordedTimeBusinessPeriodAndPurpose() {
    GetPersonHistoryRequest request =
        AuditRequests.history(
            new HistoryQuery("110101199003074514", T, "2026-03-01", "", "case 7"));

    assertThat(WireTime.instant(request.getKnownAt())).isEqualTo(T);
    assertThat(request.getOccurredFrom()).isEqualTo("2026-03-01");
    assertThat(request.getOccurredTo()).isEmpty();
    assertThat(request.getPurpose()).isEqualTo("case 7");
  }

  @Test
  void anAccessLogQuerySetsOnlyTheFiltersItHas() {
    assertThat(AuditRequests.accessLog(AccessLogQuery.everything("check")))
        .isEqualTo(ListAccessLogRequest.newBuilder().setPurpose("check").build());

    ListAccessLogRequest filtered =
        AuditRequests.accessLog(new AccessLogQuery(T, T.plusSeconds(60), "p1", "henan", "", false));

    assertThat(WireTime.instant(filtered.getFrom())).isEqualTo(T);
    assertThat(WireTime.instant(filtered.getTo())).isEqualTo(T.plusSeconds(60));
    assertThat(filtered.getSubject()).isEqualTo("p1");
    assertThat(filtered.getReader()).isEqualTo("henan");
  }

  @Test
  void aReplayLimitIsAPositionARecordedTimeAndAPublishedScorecardOrAnyOfThem() {
    assertThat(AuditRequests.asOf(new ReplayAsOf(0, null, null)))
        .isEqualTo(AsOf.getDefaultInstance());

    AsOf all = AuditRequests.asOf(new ReplayAsOf(42, T, "320200/2026/1"));

    assertThat(all.getPosition()).isEqualTo(42);
    assertThat(WireTime.instant(all.getRecordedAt())).isEqualTo(T);
    assertThat(all.getPublishedId()).isEqualTo("320200/2026/1");
  }
}
