package org.tongchou.hub.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.AccessLogReads;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.ArrivalRegistered;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.GetPersonHistoryRequest;
import org.tongchou.proto.v1.HistoryEntry;
import org.tongchou.proto.v1.HistoryGrpc;
import org.tongchou.proto.v1.PersonHistoryAnswer;
import org.tongchou.proto.v1.RecordCorrected;

/**
 * A person's history on both axes over the real gRPC channel, on PostgreSQL. Wuxi reports an
 * arrival on 1 March and a service on 10 April, then corrects the arrival to 20 February.
 */
@PostgresHub
class HistoryIT {

  @Autowired ApplicationContext context;
  @Autowired CredentialStore credentials;
  HubClient wuxi;
  HubClient auditor;
  String auditorLabel = "history-auditor-" + UUID.randomUUID();
  String id;
  Fact arrival;
  FactOutcome service;
  FactOutcome correction;

  @BeforeEach
  void anArrivalAServiceAndLaterACorrectionOfTheArrival() throws InterruptedException {
    wuxi = TestHub.clientFor(context, Facts.WUXI);
    auditor =
        new HubClient(
            TestHub.grpcPort(context), credentials.issue(Role.AUDITOR, null, auditorLabel));
    id = IdNumbers.woman("410102");
    arrival = Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01");
    assertThat(wuxi.submitOne(arrival).getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
    service = wuxi.submitOne(Facts.service(id, Facts.WUXI_BINHU, "2026-04-10"));
    // Recorded times have millisecond precision: keep the correction visibly later.
    Thread.sleep(20);
    correction =
        wuxi.submitOne(
            Fact.newBuilder()
                .setRecordId(Facts.recordId())
                .setRegion(Facts.WUXI_BINHU)
                .setOccurredOn("2026-04-20")
                .setPerson(Facts.person(id))
                .setRecordCorrected(
                    RecordCorrected.newBuilder()
                        .setCorrects(arrival.getRecordId())
                        .setReason("arrival date mistyped")
                        .setFact(
                            Fact.newBuilder()
                                .setRegion(Facts.WUXI_BINHU)
                                .setOccurredOn("2026-02-20")
                                .setPerson(Facts.person(id))
                                .setArrivalRegistered(
                                    ArrivalRegistered.newBuilder()
                                        .setFrom(Facts.ZHENGZHOU_ZHONGYUAN))))
                .build());
    assertThat(correction.getKind()).as(correction.toString()).isEqualTo(FactOutcome.Kind.ACCEPTED);
  }

  @AfterEach
  void disconnect() {
    wuxi.close();
    auditor.close();
  }

  PersonHistoryAnswer history(HubClient as, GetPersonHistoryRequest.Builder request) {
    return as.authorized(HistoryGrpc.newBlockingStub(as.channel()))
        .getPersonHistory(request.setIdNumber(id).build());
  }

  static List<HistoryEntry> ofKind(PersonHistoryAnswer answer, HistoryEntry.Kind kind) {
    return answer.getEntriesList().stream().filter(e -> e.getKind() == kind).toList();
  }

  @Test
  void historyAsKnownBeforeTheCorrectionExcludesItAndShowsTheTimelineAsItThenStood() {
    PersonHistoryAnswer before =
        history(
            auditor,
            GetPersonHistoryRequest.newBuilder().setKnownAt(service.getReceipt().getRecordedAt()));

    assertThat(ofKind(before, HistoryEntry.Kind.CORRECTION)).isEmpty();
    assertThat(before.getEntriesList())
        .allSatisfy(
            e ->
                assertThat(e.getReceipt().getPosition())
                    .isLessThan(correction.getReceipt().getPosition()));
    assertThat(ofKind(before, HistoryEntry.Kind.FACT))
        .extracting(HistoryEntry::getOccurredOn)
        .containsExactly("2026-03-01", "2026-04-10");
    assertThat(before.getResidences(0).getFrom()).isEqualTo("2026-03-01");
    assertThat(history(auditor, GetPersonHistoryRequest.newBuilder()).getResidences(0).getFrom())
        .as("as known now")
        .isEqualTo("2026-02-20");
  }

  @Test
  void aCorrectionShowsAsALaterRecordAboutEarlierBusinessTime() {
    PersonHistoryAnswer now =
        history(auditor, GetPersonHistoryRequest.newBuilder().setPurpose("audit 2026-7"));

    HistoryEntry corrected = ofKind(now, HistoryEntry.Kind.CORRECTION).get(0);
    assertThat(corrected.getRefersToList())
        .containsExactly(Facts.WUXI_BINHU + "/" + arrival.getRecordId());
    assertThat(corrected.getOccurredOn()).isEqualTo("2026-02-20");
    assertThat(corrected.getEarlierOccurredOn()).isEqualTo("2026-03-01");
    LocalDate recordedOn = LocalDate.parse(corrected.getRecordedOn());
    assertThat(corrected.getLateByDays())
        .isEqualTo(recordedOn.toEpochDay() - LocalDate.of(2026, 2, 20).toEpochDay());
    assertThat(corrected.getReceipt().getPosition())
        .isEqualTo(correction.getReceipt().getPosition());
    assertThat(corrected.getEvent().getFact().getRecorded().getFact().hasRecordCorrected())
        .isTrue();
  }

  @Test
  void whatWasKnownAboutAPeriodHoldsOnlyRecordsAboutDaysInIt() {
    PersonHistoryAnswer april =
        history(
            auditor,
            GetPersonHistoryRequest.newBuilder()
                .setOccurredFrom("2026-04-01")
                .setOccurredTo("2026-04-30"));
    PersonHistoryAnswer march =
        history(
            auditor,
            GetPersonHistoryRequest.newBuilder()
                .setOccurredFrom("2026-03-01")
                .setOccurredTo("2026-03-31"));

    assertThat(april.getEntriesList())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getOccurredOn()).startsWith("2026-04"));
    assertThat(ofKind(april, HistoryEntry.Kind.FACT))
        .extracting(e -> e.getReceipt().getPosition())
        .containsExactly(service.getReceipt().getPosition());
    assertThat(ofKind(march, HistoryEntry.Kind.CORRECTION))
        .as("the correction is about the March record too")
        .hasSize(1);
    assertThat(march.getRecordedEvents()).isEqualTo(april.getRecordedEvents());
  }

  @Test
  void everyHistoryReadIsLoggedWithItsPurposeAndARegionIsRefused() {
    PersonHistoryAnswer answer =
        history(auditor, GetPersonHistoryRequest.newBuilder().setPurpose("case 12"));
    assertThatThrownBy(() -> history(wuxi, GetPersonHistoryRequest.newBuilder()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
              assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                  .isEqualTo("AUDITOR_ONLY");
            });

    var entries =
        new AccessLogReads(auditor)
            .about(answer.getPersonKey()).stream()
                .filter(e -> e.getAction().equals("History.GetPersonHistory"))
                .toList();
    assertThat(entries)
        .extracting(e -> e.getReader() + " " + e.getOutcome() + " " + e.getPurpose())
        .contains(auditorLabel + " answered case 12")
        .anyMatch(line -> line.endsWith(" refused:AUDITOR_ONLY "));
  }
}
