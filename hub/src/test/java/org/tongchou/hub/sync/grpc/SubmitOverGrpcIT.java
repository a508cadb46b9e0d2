package org.tongchou.hub.sync.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongchou.hub.testing.Facts.HENAN;
import static org.tongchou.hub.testing.Facts.SUZHOU;
import static org.tongchou.hub.testing.Facts.SUZHOU_GUSU;
import static org.tongchou.hub.testing.Facts.WUXI;
import static org.tongchou.hub.testing.Facts.WUXI_BINHU;
import static org.tongchou.hub.testing.Facts.ZHENGZHOU_ZHONGYUAN;

import com.google.rpc.Code;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.Timeline;

@PostgresHub
class SubmitOverGrpcIT {

  @Autowired ApplicationContext context;
  HubClient wuxi;
  HubClient suzhou;
  HubClient henan;

  @BeforeEach
  void connect() {
    wuxi = TestHub.clientFor(context, WUXI);
    suzhou = TestHub.clientFor(context, SUZHOU);
    henan = TestHub.clientFor(context, HENAN);
  }

  @AfterEach
  void disconnect() {
    wuxi.close();
    suzhou.close();
    henan.close();
  }

  @Test
  void aFirstArrivalIsAcceptedWithAReceiptThatWithholdsTheChainFromAReporterNotYetEntitled() {
    String id = IdNumbers.woman("410102");

    FactOutcome outcome = wuxi.submitOne(Facts.arrival(id, WUXI_BINHU, "2026-03-01"));

    assertThat(outcome.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
    assertThat(outcome.getReceipt().getPosition()).isPositive();
    // docs/ACCESS.md, "Probe-proof Submit": a reporter not entitled before this fact learns no
    // chain position, so that a new person and a known one answer alike.
    assertThat(outcome.getReceipt().getPreviousHash()).isEmpty();
    assertThat(outcome.getReceipt().getPersonSequence()).isZero();
    assertThat(outcome.getReceipt().getHash()).hasSize(64);
    assertThat(outcome.getReceipt().getPersonKey()).doesNotContain(id);
  }

  @Test
  void theOwnersNextFactOfAPersonChainsToTheOneBefore() {
    String id = IdNumbers.woman("410102");
    // Henan owns the person (the ID number's region): entitled once the person is recorded, it
    // sees the chain from its next fact on. Services open no obligation, so that nothing is
    // recorded between the two.
    henan.submitOne(Facts.registered(id, ZHENGZHOU_ZHONGYUAN, "2026-03-01"));
    List<FactOutcome> outcomes =
        henan.submit(
            List.of(
                Facts.service(id, ZHENGZHOU_ZHONGYUAN, "2026-03-05"),
                Facts.service(id, ZHENGZHOU_ZHONGYUAN, "2026-03-06")));

    assertThat(outcomes).extracting(FactOutcome::getKind).containsOnly(FactOutcome.Kind.ACCEPTED);
    assertThat(outcomes.get(0).getReceipt().getPersonSequence()).isPositive();
    assertThat(outcomes.get(1).getReceipt().getPreviousHash())
        .isEqualTo(outcomes.get(0).getReceipt().getHash());
    assertThat(outcomes.get(1).getReceipt().getPersonSequence())
        .isEqualTo(outcomes.get(0).getReceipt().getPersonSequence() + 1);
  }

  @Test
  void aMereReportersSecondFactStillWithholdsTheChain() {
    String id = IdNumbers.woman("410102");
    // Wuxi reports about Henan's person but holds no entitlement: writing never grants reading
    // (docs/ACCESS.md), so its receipts never say where in the person's chain its facts fell.
    List<FactOutcome> outcomes =
        wuxi.submit(
            List.of(
                Facts.registered(id, WUXI_BINHU, "2026-03-01"),
                Facts.service(id, WUXI_BINHU, "2026-03-05")));

    assertThat(outcomes).extracting(FactOutcome::getKind).containsOnly(FactOutcome.Kind.ACCEPTED);
    assertThat(outcomes).extracting(o -> o.getReceipt().getPreviousHash()).containsOnly("");
    assertThat(outcomes).extracting(o -> o.getReceipt().getPersonSequence()).containsOnly(0L);
  }

  @Test
  void aRepushReturnsTheOriginalReceiptAsDuplicate() {
    Fact arrival = Facts.arrival(IdNumbers.man("410102"), WUXI_BINHU, "2026-03-01");
    FactOutcome first = wuxi.submitOne(arrival);

    FactOutcome again = wuxi.submitOne(arrival);

    assertThat(again.getKind()).isEqualTo(FactOutcome.Kind.DUPLICATE);
    assertThat(again.getReceipt()).isEqualTo(first.getReceipt());
  }

  @Test
  void theSameRecordIdWithOtherContentIsRefusedAsAlreadyExistsCarryingTheOriginalReceipt() {
    Fact arrival = Facts.arrival(IdNumbers.man("410102"), WUXI_BINHU, "2026-03-01");
    FactOutcome first = wuxi.submitOne(arrival);

    FactOutcome changed = wuxi.submitOne(arrival.toBuilder().setOccurredOn("2026-03-02").build());

    assertThat(changed.getKind()).isEqualTo(FactOutcome.Kind.REFUSED);
    assertThat(changed.getRefusal().getCode()).isEqualTo(Code.ALREADY_EXISTS_VALUE);
    assertThat(changed.getReceipt()).isEqualTo(first.getReceipt());
    assertThat(Refusals.errorInfo(changed.getRefusal()).getMetadataMap())
        .containsEntry("recordId", arrival.getRecordId());
  }

  @Test
  void anOverlappingArrivalFromASecondRegionIsRecordedWithAConflictBesideIt() {
    String id = IdNumbers.woman("410102");
    Fact inWuxi = Facts.arrival(id, WUXI_BINHU, "2026-03-01");
    wuxi.submitOne(inWuxi);

    FactOutcome inSuzhou = suzhou.submitOne(Facts.arrival(id, SUZHOU_GUSU, "2026-04-01"));

    assertThat(inSuzhou.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
    Timeline timeline = henan.timeline(id);
    assertThat(timeline.getResidencesList())
        .extracting(r -> r.getRegion())
        .containsExactly(WUXI_BINHU, SUZHOU_GUSU);
    assertThat(timeline.getConflictsList())
        .singleElement()
        .satisfies(
            conflict -> {
              assertThat(conflict.getExisting().getArrivalRecordId())
                  .isEqualTo(inWuxi.getRecordId());
              assertThat(conflict.getClaimed().getRegion()).isEqualTo(SUZHOU_GUSU);
              assertThat(conflict.getOverlapFrom()).isEqualTo("2026-04-01");
              assertThat(conflict.getProvisionalRegion()).isEqualTo(WUXI_BINHU);
            });
  }

  @Test
  void aFactOutsideTheCallersJurisdictionIsRefusedAsPermissionDeniedAndStoresNothing() {
    String id = IdNumbers.woman("410102");

    FactOutcome outcome = wuxi.submitOne(Facts.arrival(id, SUZHOU_GUSU, "2026-03-01"));

    assertThat(outcome.getKind()).isEqualTo(FactOutcome.Kind.REFUSED);
    assertThat(outcome.getRefusal().getCode()).isEqualTo(Code.PERMISSION_DENIED_VALUE);
    assertThat(Refusals.fields(outcome.getRefusal())).containsExactly("region");
    assertThatThrownBy(() -> henan.timeline(id))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
  }

  @Test
  void aRefusedFactDoesNotStopTheRestOfTheBatch() {
    String id = IdNumbers.woman("410102");
    Fact broken =
        Facts.arrival(id, WUXI_BINHU, "2026-03-01").toBuilder()
            .setPerson(Facts.person(id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1')))
            .build();

    List<FactOutcome> outcomes =
        wuxi.submit(List.of(broken, Facts.arrival(id, WUXI_BINHU, "2026-03-01")));

    assertThat(outcomes)
        .extracting(FactOutcome::getKind)
        .containsExactly(FactOutcome.Kind.REFUSED, FactOutcome.Kind.ACCEPTED);
    assertThat(outcomes.get(0).getRefusal().getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE);
    assertThat(Refusals.fields(outcomes.get(0).getRefusal())).containsExactly("person.idNumber");
  }

  @Test
  void aCallWithoutCredentialIsUnauthenticated() {
    try (HubClient anonymous = new HubClient(TestHub.grpcPort(context), null)) {
      assertThatThrownBy(
              () ->
                  anonymous.submitOne(
                      Facts.arrival(IdNumbers.man("410102"), WUXI_BINHU, "2026-03-01")))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }
  }

  @Test
  void endingAResidenceThatIsNotOpenIsAFailedPrecondition() {
    String id = IdNumbers.woman("410102");
    wuxi.submitOne(Facts.arrival(id, WUXI_BINHU, "2026-03-01"));

    FactOutcome outcome =
        wuxi.submitOne(Facts.residenceEnded(id, "320213", "2026-06-01", "moved_on"));

    assertThat(outcome.getRefusal().getCode()).isEqualTo(Code.FAILED_PRECONDITION_VALUE);
    assertThat(Refusals.errorInfo(outcome.getRefusal()).getReason()).isEqualTo("NO_OPEN_RESIDENCE");
    assertThat(Refusals.fields(outcome.getRefusal())).containsExactly("region");
  }

  @Test
  void aMalformedDateAndAnUnknownTypeAreNamedAsFields() {
    String id = IdNumbers.woman("410102");
    Fact badDate = Facts.arrival(id, WUXI_BINHU, "2026-13-01");
    Fact noType =
        Facts.arrival(id, WUXI_BINHU, "2026-03-01").toBuilder().clearArrivalRegistered().build();

    List<FactOutcome> outcomes = wuxi.submit(List.of(badDate, noType));

    assertThat(Refusals.fields(outcomes.get(0).getRefusal())).containsExactly("occurredOn");
    assertThat(Refusals.fields(outcomes.get(1).getRefusal())).containsExactly("type");
    assertThat(outcomes)
        .allSatisfy(
            o -> assertThat(o.getRefusal().getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE));
  }

  @Test
  void anEmptyBatchEndsTheStreamWithInvalidArgument() {
    assertThatThrownBy(() -> wuxi.submit(List.of()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              com.google.rpc.Status details = io.grpc.protobuf.StatusProto.fromThrowable(e);
              assertThat(Refusals.fields(details)).containsExactly("facts");
            });
  }

  @Test
  void theRegistrationAndResidenceRegionsMayReadATimelineAndOthersCannotTellThePersonExists() {
    String id = IdNumbers.woman("410102");
    wuxi.submitOne(Facts.arrival(id, WUXI_BINHU, "2026-03-01"));

    assertThat(henan.timeline(id).getFactsCount()).isEqualTo(1);
    assertThat(wuxi.timeline(id).getName()).isEqualTo("王芳");
    assertThatThrownBy(() -> suzhou.timeline(id))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
  }

  @Test
  void aTimelineForAMalformedIdNumberIsInvalidArgumentOnIdNumber() {
    assertThatThrownBy(() -> henan.timeline("12345"))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(Refusals.fields(io.grpc.protobuf.StatusProto.fromThrowable(e)))
                  .containsExactly("id_number");
            });
  }

  @Test
  void aCorrectionReplacesTheResidenceOnTheTimelineAndMarksTheOriginal() {
    String id = IdNumbers.woman("410102");
    Fact arrival = Facts.arrival(id, WUXI_BINHU, "2026-03-01");
    wuxi.submitOne(arrival);
    Fact correction =
        Fact.newBuilder()
            .setRecordId(Facts.recordId())
            .setRegion(WUXI_BINHU)
            .setOccurredOn("2026-04-01")
            .setPerson(Facts.person(id))
            .setRecordCorrected(
                org.tongchou.proto.v1.RecordCorrected.newBuilder()
                    .setCorrects(arrival.getRecordId())
                    .setReason("wrong date")
                    .setFact(
                        Facts.arrival(id, WUXI_BINHU, "2026-02-15").toBuilder().clearRecordId()))
            .build();

    assertThat(wuxi.submitOne(correction).getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);

    Timeline timeline = henan.timeline(id);
    assertThat(timeline.getResidencesList())
        .singleElement()
        .satisfies(r -> assertThat(r.getFrom()).isEqualTo("2026-02-15"));
    assertThat(timeline.getFacts(0).getCorrectedBy()).isEqualTo(correction.getRecordId());
  }
}
