package org.tongchou.hub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.ExplainObligationRequest;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.GetScorecardsRequest;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.WaiveObligationRequest;

/**
 * Every RPC against every role. The person: registered in Zhengzhou (Henan), living in Wuxi's 滨湖区
 * (Jiangsu). Related: Wuxi, Henan, the Jiangsu and Henan offices, auditors. Unrelated: Suzhou, the
 * Guangdong office.
 */
@PostgresHub
class AccessByRoleIT {

  @Autowired ApplicationContext context;
  @Autowired CredentialStore credentials;
  @Autowired FeedReader feed;
  HubClient wuxi;
  String id;
  Fact arrival;
  long before;

  @BeforeEach
  void aPersonRegisteredInHenanArrivesInWuxi() {
    wuxi = TestHub.clientFor(context, Facts.WUXI);
    id = IdNumbers.woman("410102");
    arrival = Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01");
    before = feed.head();
    assertThat(wuxi.submitOne(arrival).getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
  }

  @AfterEach
  void disconnect() {
    wuxi.close();
  }

  String token(String role, String code) {
    Role parsed = Role.parse(role);
    return credentials.issue(parsed, parsed == Role.AUDITOR ? null : code, role + "-" + code);
  }

  @ParameterizedTest(name = "{0} {1} may submit: {2}")
  @CsvSource({"region, 320200, true", "office, 320000, false", "auditor, -, false"})
  void onlyARegionsCredentialSubmitsFacts(String role, String code, boolean allowed) {
    try (HubClient caller = new HubClient(TestHub.grpcPort(context), token(role, code))) {
      Fact fact = Facts.service(id, Facts.WUXI_BINHU, "2026-03-05");
      if (allowed) {
        assertThat(caller.submitOne(fact).getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
      } else {
        assertThatThrownBy(() -> caller.submitOne(fact))
            .isInstanceOfSatisfying(
                StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} may read the timeline: {2}")
  @CsvSource({
    "region, 320200, true",
    "region, 410000, true",
    "region, 320500, false",
    "office, 320000, true",
    "office, 410000, true",
    "office, 440000, false",
    "auditor, -, true"
  })
  void aTimelineIsReadByRelatedJurisdictionsAndAuditorsOnly(
      String role, String code, boolean allowed) {
    try (HubClient caller = new HubClient(TestHub.grpcPort(context), token(role, code))) {
      if (allowed) {
        assertThat(caller.timeline(id).getFactsCount()).isEqualTo(1);
      } else {
        assertThatThrownBy(() -> caller.timeline(id))
            .isInstanceOfSatisfying(
                StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} sees the arrival on its feed: {2}")
  @CsvSource({
    "region, 320200, true",
    "region, 410000, true",
    "region, 320500, false",
    "office, 320000, true",
    "office, 440000, false",
    "auditor, -, true"
  })
  void theFeedCarriesTheFactToRelatedJurisdictionsAndAuditorsOnly(
      String role, String code, boolean allowed) {
    try (FeedClient subscriber = new FeedClient(wuxi, token(role, code), before, 1_000, 200)) {
      FeedItem item = subscriber.next(10_000);
      while (item != null && item.hasCheckpoint() && item.getPosition() < before + 1) {
        item = subscriber.next(10_000);
      }
      assertThat(item).isNotNull();
      if (allowed) {
        assertThat(item.hasFact()).isTrue();
        assertThat(item.getFact().getRecorded().getFact().getRecordId())
            .isEqualTo(arrival.getRecordId());
      } else {
        assertThat(item.hasCheckpoint()).as("only checkpoints past the arrival").isTrue();
      }
    }
  }

  @ParameterizedTest(name = "anonymous {0}")
  @CsvSource({
    "submit",
    "timeline",
    "subscribe",
    "scorecards",
    "obligations",
    "explain",
    "statistics",
    "export",
    "waive",
    "dispute",
    "rule-dispute",
    "rule-conflict",
    "conflicts",
    "link",
    "erase"
  })
  void everyRpcRefusesACallWithoutCredential(String rpc) throws Exception {
    try (HubClient anonymous = new HubClient(TestHub.grpcPort(context), null)) {
      Throwable failure =
          rpc.equals("subscribe")
              ? subscribeFailure(anonymous)
              : catchFailure(() -> call(anonymous, rpc));
      assertThat(failure)
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }
  }

  /**
   * One call of each unary or server-streaming RPC, with requests good enough to get past
   * validation.
   */
  void call(HubClient caller, String rpc) {
    var assessment = caller.authorized(AssessmentGrpc.newBlockingStub(caller.channel()));
    switch (rpc) {
      case "submit" -> caller.submitOne(arrival);
      case "timeline" -> caller.timeline(id);
      case "scorecards" ->
          assessment.getScorecards(
              GetScorecardsRequest.newBuilder().setRegion(Facts.WUXI).setPeriod("2026-Q1").build());
      case "obligations" ->
          assessment.listObligations(
              ListObligationsRequest.newBuilder()
                  .setRegion(Facts.WUXI)
                  .setPeriod("2026-Q1")
                  .setSide(Side.INFLOW)
                  .setIndicator("certificate-verification")
                  .build());
      case "explain" ->
          assessment.explainObligation(
              ExplainObligationRequest.newBuilder()
                  .setObligationId(
                      "certificate-verification/"
                          + Facts.WUXI_BINHU
                          + "/"
                          + arrival.getRecordId()
                          + "#1")
                  .build());
      case "statistics" ->
          assessment.getStatistics(
              GetStatisticsRequest.newBuilder().setRegion(Facts.WUXI).setPeriod("2026-Q1").build());
      case "export" ->
          assessment
              .exportCsv(
                  ExportCsvRequest.newBuilder()
                      .setTable(ExportCsvRequest.Table.STOCK)
                      .setRegion(Facts.WUXI)
                      .setPeriod("2026-Q1")
                      .build())
              .forEachRemaining(chunk -> {});
      case "waive" ->
          caller
              .authorized(CoordinationGrpc.newBlockingStub(caller.channel()))
              .waiveObligation(
                  WaiveObligationRequest.newBuilder()
                      .setObligationId(
                          "certificate-verification/"
                              + Facts.WUXI_BINHU
                              + "/"
                              + arrival.getRecordId()
                              + "#1")
                      .setReason("test")
                      .build());
      case "dispute" ->
          caller
              .authorized(CoordinationGrpc.newBlockingStub(caller.channel()))
              .disputeObligation(
                  org.tongchou.proto.v1.DisputeObligationRequest.newBuilder()
                      .setObligationId("x#1")
                      .setReason("r")
                      .build());
      case "rule-dispute" ->
          caller
              .authorized(CoordinationGrpc.newBlockingStub(caller.channel()))
              .ruleOnDispute(
                  org.tongchou.proto.v1.RuleOnDisputeRequest.newBuilder()
                      .setObligationId("x#1")
                      .setReason("r")
                      .build());
      case "rule-conflict" ->
          caller
              .authorized(CoordinationGrpc.newBlockingStub(caller.channel()))
              .ruleOnConflict(
                  org.tongchou.proto.v1.RuleOnConflictRequest.newBuilder()
                      .setPersonKey("p")
                      .setConflictId("c")
                      .setResidenceRegion(Facts.WUXI_BINHU)
                      .setReason("r")
                      .build());
      case "conflicts" ->
          caller
              .authorized(CoordinationGrpc.newBlockingStub(caller.channel()))
              .listConflicts(
                  org.tongchou.proto.v1.ListConflictsRequest.newBuilder()
                      .setRegion(Facts.WUXI)
                      .build());
      case "link" ->
          caller
              .authorized(org.tongchou.proto.v1.IdentitiesGrpc.newBlockingStub(caller.channel()))
              .requestLink(
                  org.tongchou.proto.v1.RequestLinkRequest.newBuilder()
                      .setKeepIdNumber(id)
                      .setAliasIdNumber(id)
                      .setReason("r")
                      .build());
      case "erase" ->
          caller
              .authorized(org.tongchou.proto.v1.ErasureGrpc.newBlockingStub(caller.channel()))
              .erasePerson(
                  org.tongchou.proto.v1.ErasePersonRequest.newBuilder()
                      .setIdNumber(id)
                      .setReason("r")
                      .build());
      default -> throw new IllegalArgumentException(rpc);
    }
  }

  @ParameterizedTest(name = "{0} {1} may erase the person: {2}")
  @CsvSource({
    "region, 410000, PERMISSION_DENIED",
    "auditor, -, PERMISSION_DENIED",
    "office, 320000, NOT_FOUND",
    "office, 440000, NOT_FOUND",
    "office, 410000, OK",
    "office, national, OK"
  })
  void onlyTheOfficeOverTheRegistrationRegionOrTheNationalOfficeErases(
      String role, String code, Status.Code answer) {
    String office = code.equals("national") ? null : code;
    String token =
        role.equals("office")
            ? credentials.issue(Role.OFFICE, office, "eraser-" + code)
            : token(role, code);
    try (HubClient caller = new HubClient(TestHub.grpcPort(context), token)) {
      Throwable failure = catchFailure(() -> call(caller, "erase"));
      if (answer == Status.Code.OK) {
        assertThat(failure).isNull();
      } else {
        assertThat(failure)
            .isInstanceOfSatisfying(
                StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(answer));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} may read Wuxi's scorecards, statistics and obligations: {2}")
  @CsvSource({
    "region, 320200, true",
    "region, 320500, false",
    "region, 410000, false",
    "office, 320000, true",
    "office, 440000, false",
    "auditor, -, true"
  })
  void assessmentsAreReadWithinTheJurisdictionAndByAuditors(
      String role, String code, boolean allowed) {
    try (HubClient caller = new HubClient(TestHub.grpcPort(context), token(role, code))) {
      for (String rpc : List.of("scorecards", "obligations", "statistics", "export")) {
        if (allowed) {
          call(caller, rpc);
        } else {
          assertThat(catchFailure(() -> call(caller, rpc)))
              .as(rpc)
              .isInstanceOfSatisfying(
                  StatusRuntimeException.class,
                  e ->
                      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} may explain the arrival's certificate check: {2}")
  @CsvSource({
    "region, 320200, true",
    "region, 410000, true",
    "region, 320500, false",
    "office, 320000, true",
    "office, 440000, false",
    "auditor, -, true"
  })
  void anObligationIsExplainedToItsPartiesTheirOfficesAndAuditorsOnly(
      String role, String code, boolean allowed) {
    context
        .getBean(org.tongchou.hub.platform.readmodel.ReadModels.class)
        .awaitCurrent(java.time.Duration.ofSeconds(30));
    try (HubClient caller = new HubClient(TestHub.grpcPort(context), token(role, code))) {
      if (allowed) {
        call(caller, "explain");
      } else {
        assertThat(catchFailure(() -> call(caller, "explain")))
            .isInstanceOfSatisfying(
                StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} may waive: no")
  @CsvSource({"region, 320200", "auditor, -"})
  void nobodyButACoordinationOfficeWaives(String role, String code) {
    try (HubClient caller = new HubClient(TestHub.grpcPort(context), token(role, code))) {
      assertThat(catchFailure(() -> call(caller, "waive")))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
  }

  static Throwable catchFailure(Runnable call) {
    try {
      call.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  static Throwable subscribeFailure(HubClient anonymous) throws Exception {
    try (FeedClient feed = new FeedClient(anonymous, "not-a-token", 0, 10, 1_000)) {
      try {
        feed.ended().get(10, TimeUnit.SECONDS);
        return null;
      } catch (ExecutionException e) {
        return e.getCause();
      }
    }
  }
}
