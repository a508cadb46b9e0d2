package org.tongchou.hub.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.LiveReadModels;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AsOf;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.BirthRegistered;
import org.tongchou.proto.v1.Child;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.ListConflictsRequest;
import org.tongchou.proto.v1.ListedConflict;
import org.tongchou.proto.v1.ReplayGrpc;
import org.tongchou.proto.v1.ReplayStatisticsMessage;
import org.tongchou.proto.v1.ReplayStatisticsRequest;
import org.tongchou.proto.v1.ReplayTimelinesMessage;
import org.tongchou.proto.v1.ReplayTimelinesRequest;
import org.tongchou.proto.v1.ReplayedStatistics;
import org.tongchou.proto.v1.ReplayedTimeline;
import org.tongchou.proto.v1.RuleOnConflictRequest;
import org.tongchou.proto.v1.Statistics;
import org.tongchou.proto.v1.StatisticsTable;

/**
 * Statistics and timelines replayed into scratch, over gRPC on PostgreSQL. Four women from
 * Zhengzhou live in Jiangsu in the second quarter of 2026: A and B in Wuxi (B gives birth there, A
 * is served), C is claimed by Wuxi first and then by Suzhou. The figures are read live; then later
 * records arrive (A leaves Wuxi, D arrives in Suzhou, and Jiangsu's office rules C's conflict for
 * Suzhou). An auditor replays as of then and gets the very figures and CSV bytes read then;
 * replayed to the end, the live figures of now; and the persons behind a stock figure, as known
 * then and now.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsReplayOverGrpcIT {

  static final String JIANGSU = "320000";
  static final String PERIOD = "2026-Q2";
  static final String STOCK_DAY = "2026-06-30";

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient suzhou;
  static HubClient auditor;
  static long positionThen;
  static Instant timeThen;
  static Statistics statisticsThen;
  static Map<ExportCsvRequest.Table, byte[]> tablesThen;

  @BeforeAll
  static void tellTheStory() throws Exception {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("replay_statistics"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    suzhou = TestHub.clientFor(hub, Facts.SUZHOU);
    auditor = TestHub.clientAs(hub, Role.AUDITOR, null);
    String a = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String b = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String c = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    wuxi.submit(
        List.of(
            Facts.arrival(a, Facts.WUXI_BINHU, "2026-04-01"),
            Facts.arrival(b, Facts.WUXI_BINHU, "2026-04-02"),
            Facts.service(a, Facts.WUXI_BINHU, "2026-05-10"),
            birth(b, Facts.WUXI_BINHU, "2026-05-20", "F"),
            Facts.arrival(c, Facts.WUXI_BINHU, "2026-03-01")));
    suzhou.submitOne(Facts.arrival(c, Facts.SUZHOU_GUSU, "2026-04-01"));
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));

    statisticsThen = liveStatistics();
    positionThen = statisticsThen.getAsOf().getPosition();
    tablesThen = liveTables();
    timeThen = Instant.now();
    Thread.sleep(20); // the later records are recorded strictly after timeThen

    assertThat(
            wuxi.submitOne(Facts.residenceEnded(a, Facts.WUXI_BINHU, "2026-06-01", "moved_on"))
                .getKind())
        .isEqualTo(org.tongchou.proto.v1.FactOutcome.Kind.ACCEPTED);
    suzhou.submitOne(
        Facts.arrival(IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.SUZHOU_GUSU, "2026-05-01"));
    try (HubClient jiangsuOffice = TestHub.clientAs(hub, Role.OFFICE, JIANGSU)) {
      CoordinationGrpc.CoordinationBlockingStub coordination =
          jiangsuOffice.authorized(CoordinationGrpc.newBlockingStub(jiangsuOffice.channel()));
      ListedConflict conflict =
          coordination
              .listConflicts(
                  ListConflictsRequest.newBuilder().setRegion(JIANGSU).setCatchUp(true).build())
              .getConflicts(0);
      coordination.ruleOnConflict(
          RuleOnConflictRequest.newBuilder()
              .setPersonKey(conflict.getPersonKey())
              .setConflictId(conflict.getConflict().getConflictId())
              .setResidenceRegion(Facts.SUZHOU_GUSU)
              .setReason("tenancy records show Suzhou from April")
              .build());
    }
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    for (HubClient client : List.of(wuxi, suzhou, auditor)) {
      client.close();
    }
    hub.close();
  }

  static Fact birth(String mother, String county, String on, String sex) {
    return Fact.newBuilder()
        .setRecordId(Facts.recordId())
        .setRegion(county)
        .setOccurredOn(on)
        .setPerson(Facts.person(mother))
        .setBirthRegistered(
            BirthRegistered.newBuilder()
                .setChild(Child.newBuilder().setSex(sex).setBornOn(on).setBirthOrder(1)))
        .build();
  }

  static AssessmentGrpc.AssessmentBlockingStub assessment(HubClient client) {
    return client.authorized(AssessmentGrpc.newBlockingStub(client.channel()));
  }

  static ReplayGrpc.ReplayBlockingStub replay(HubClient client) {
    return client.authorized(ReplayGrpc.newBlockingStub(client.channel()));
  }

  static Statistics liveStatistics() {
    return assessment(auditor)
        .getStatistics(
            GetStatisticsRequest.newBuilder()
                .setRegion(JIANGSU)
                .setPeriod(PERIOD)
                .setOn(STOCK_DAY)
                .setLevel("city")
                .setCatchUp(true)
                .build());
  }

  static Map<ExportCsvRequest.Table, byte[]> liveTables() {
    Map<ExportCsvRequest.Table, byte[]> tables = new LinkedHashMap<>();
    for (ExportCsvRequest.Table table :
        List.of(
            ExportCsvRequest.Table.STOCK,
            ExportCsvRequest.Table.FLOWS,
            ExportCsvRequest.Table.BIRTHS,
            ExportCsvRequest.Table.COVERAGE)) {
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      assessment(auditor)
          .exportCsv(
              ExportCsvRequest.newBuilder()
                  .setTable(table)
                  .setRegion(JIANGSU)
                  .setPeriod(PERIOD)
                  .setOn(STOCK_DAY)
                  .setLevel("city")
                  .setCatchUp(true)
                  .build())
          .forEachRemaining(chunk -> csv.writeBytes(chunk.getData().toByteArray()));
      tables.put(table, csv.toByteArray());
    }
    return tables;
  }

  static ReplayStatisticsRequest.Builder jiangsu(AsOf asOf) {
    return ReplayStatisticsRequest.newBuilder()
        .setRegion(JIANGSU)
        .setPeriod(PERIOD)
        .setOn(STOCK_DAY)
        .setLevel("city")
        .setAsOf(asOf);
  }

  /** The replay's result; every message before it is progress. */
  static ReplayedStatistics replayed(ReplayStatisticsRequest request) {
    List<ReplayStatisticsMessage> messages = new ArrayList<>();
    replay(auditor).replayStatistics(request).forEachRemaining(messages::add);
    assertThat(messages.subList(0, messages.size() - 1))
        .allMatch(ReplayStatisticsMessage::hasProgress);
    assertThat(messages.get(messages.size() - 1).hasResult()).isTrue();
    return messages.get(messages.size() - 1).getResult();
  }

  static Map<ExportCsvRequest.Table, byte[]> tablesOf(ReplayedStatistics replayed) {
    Map<ExportCsvRequest.Table, byte[]> tables = new LinkedHashMap<>();
    for (StatisticsTable table : replayed.getTablesList()) {
      tables.put(table.getTable(), table.getCsv().toByteArray());
    }
    return tables;
  }

  static List<ReplayedTimeline> timelines(ReplayTimelinesRequest request) {
    List<ReplayedTimeline> timelines = new ArrayList<>();
    List<ReplayTimelinesMessage> messages = new ArrayList<>();
    replay(auditor).replayTimelines(request).forEachRemaining(messages::add);
    assertThat(messages.get(messages.size() - 1).hasSummary()).isTrue();
    messages.stream()
        .filter(ReplayTimelinesMessage::hasTimeline)
        .forEach(m -> timelines.add(m.getTimeline()));
    assertThat(messages.get(messages.size() - 1).getSummary().getPersons())
        .isEqualTo(timelines.size());
    return timelines;
  }

  static long stockOf(Statistics statistics, String city) {
    return statistics.getStockList().stream()
        .filter(s -> s.getRegion().equals(city))
        .mapToLong(s -> s.getMigrants())
        .sum();
  }

  @Test
  @Order(1)
  void
      givenLaterRecordsWhenStatisticsAreReplayedAsOfThePositionThenTheyAreTheFiguresAndBytesReadThen() {
    assertThat(liveStatistics().toBuilder().clearAsOf().build())
        .as("the later records changed the figures")
        .isNotEqualTo(statisticsThen.toBuilder().clearAsOf().build());

    ReplayedStatistics then =
        replayed(jiangsu(AsOf.newBuilder().setPosition(positionThen).build()).build());

    assertThat(then.getStatistics()).isEqualTo(statisticsThen.toBuilder().clearAsOf().build());
    assertThat(tablesOf(then)).containsExactlyEntriesOf(tablesThen);
    assertThat(then.getPosition()).isEqualTo(positionThen);
    assertThat(then.getPolicy()).isEqualTo("recorded");
    assertThat(then.getPersons()).isEqualTo(3);
    assertThat(then.getTables(0).getSha256())
        .isEqualTo(
            org.tongchou.hub.kernel.EventHashes.sha256(
                tablesThen.get(ExportCsvRequest.Table.STOCK)));
  }

  @Test
  @Order(2)
  void
      givenLaterRecordsWhenStatisticsAreReplayedAsOfTheRecordedTimeThenTheyAreTheFiguresReadThen() {
    ReplayedStatistics then =
        replayed(
            jiangsu(
                    AsOf.newBuilder()
                        .setRecordedAt(org.tongchou.hub.platform.grpc.ProtoTime.of(timeThen))
                        .build())
                .build());

    assertThat(then.getStatistics()).isEqualTo(statisticsThen.toBuilder().clearAsOf().build());
    assertThat(tablesOf(then)).containsExactlyEntriesOf(tablesThen);
    assertThat(then.getPosition()).isEqualTo(positionThen);
  }

  @Test
  @Order(3)
  void givenARulingOnAConflictWhenStatisticsAreReplayedToTheEndThenTheyAreTheLiveFiguresOfNow() {
    Statistics now = liveStatistics();

    ReplayedStatistics replayed = replayed(jiangsu(AsOf.getDefaultInstance()).build());

    assertThat(replayed.getStatistics()).isEqualTo(now.toBuilder().clearAsOf().build());
    assertThat(tablesOf(replayed)).containsExactlyEntriesOf(liveTables());
    // C was Wuxi's provisionally and is Suzhou's by the ruling; A left Wuxi; D arrived in Suzhou.
    assertThat(stockOf(statisticsThen, Facts.WUXI)).isEqualTo(3);
    assertThat(stockOf(now, Facts.WUXI)).isEqualTo(1);
    assertThat(stockOf(now, Facts.SUZHOU)).isEqualTo(2);
    assertThat(now.getBirthsList())
        .singleElement()
        .satisfies(b -> assertThat(b.getGirls()).isEqualTo(1));
  }

  @Test
  @Order(4)
  void
      givenTheRecordedPolicyWhenStatisticsAreReplayedUnderItsVersionByNameThenTheCoverageIsTheSame() {
    ReplayedStatistics recorded = replayed(jiangsu(AsOf.getDefaultInstance()).build());

    ReplayedStatistics named =
        replayed(jiangsu(AsOf.getDefaultInstance()).setPolicyVersion("national-2009.1").build());

    assertThat(recorded.getStatistics().getCoverageList()).isNotEmpty();
    assertThat(named.getPolicy()).isEqualTo("national-2009.1");
    assertThat(named.getStatistics()).isEqualTo(recorded.getStatistics());
  }

  @Test
  @Order(5)
  void
      givenAStockFigureWhenTimelinesAreReplayedForItsDayThenThePersonsBehindItAreThoseKnownAtTheTime() {
    ReplayTimelinesRequest.Builder wuxiOnTheDay =
        ReplayTimelinesRequest.newBuilder()
            .setRegion(Facts.WUXI)
            .setOn(STOCK_DAY)
            .setPurpose("stock of Wuxi, 2026-Q2");

    List<ReplayedTimeline> then =
        timelines(
            wuxiOnTheDay.clone().setAsOf(AsOf.newBuilder().setPosition(positionThen)).build());
    List<ReplayedTimeline> now =
        timelines(wuxiOnTheDay.clone().setAsOf(AsOf.getDefaultInstance()).build());

    assertThat(then)
        .hasSize((int) stockOf(statisticsThen, Facts.WUXI))
        .allMatch(ReplayedTimeline::getMigrantOn);
    assertThat(now).hasSize((int) stockOf(liveStatistics(), Facts.WUXI));
    assertThat(then).extracting(ReplayedTimeline::getPersonKey).contains(now.get(0).getPersonKey());
    assertThat(now.get(0).getRegistrationRegion()).isEqualTo(Facts.ZHENGZHOU_ZHONGYUAN);
    assertThat(now.get(0).getResidencesList())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getRegion()).isEqualTo(Facts.WUXI_BINHU);
              assertThat(r.getFrom()).isEqualTo("2026-04-02");
            });
    JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
    assertThat(
            jdbc.queryForList(
                "SELECT e.purpose FROM access_log_entry e JOIN access_log_subject s "
                    + "ON s.sequence = e.sequence WHERE e.action = 'Replay.ReplayTimelines' AND s.subject LIKE ?",
                String.class,
                "timelines:" + Facts.WUXI + "/" + STOCK_DAY + "@%"))
        .hasSize(2)
        .allMatch("stock of Wuxi, 2026-Q2"::equals);
  }

  @Test
  @Order(6)
  void givenEveryReplayWhenTheyRanThenTheLiveReadModelsAndTheirTokensAreUntouched() {
    List<String> before = LiveReadModels.state(hub);

    replayed(jiangsu(AsOf.newBuilder().setPosition(positionThen).build()).build());
    replayed(jiangsu(AsOf.getDefaultInstance()).setPolicyVersion("national-2009.1").build());
    timelines(ReplayTimelinesRequest.newBuilder().setRegion(JIANGSU).build());

    assertThat(LiveReadModels.state(hub)).isEqualTo(before);
  }

  @Test
  @Order(7)
  void givenARegionWhenItReplaysStatisticsThenItIsRefusedAsNoAuditor() {
    assertThatThrownBy(
            () -> replay(wuxi).replayStatistics(jiangsu(AsOf.getDefaultInstance()).build()).next())
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
              assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                  .isEqualTo("AUDITOR_ONLY");
            });
    assertThatThrownBy(
            () ->
                replay(wuxi)
                    .replayTimelines(
                        ReplayTimelinesRequest.newBuilder().setRegion(Facts.WUXI).build())
                    .next())
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
  }

  @Test
  @Order(8)
  void givenBadFieldsWhenReplayingThenEachRefusalNamesItsField() {
    Map<String, Runnable> asks = new LinkedHashMap<>();
    asks.put(
        "as_of.published_id",
        () ->
            replay(auditor)
                .replayStatistics(
                    jiangsu(AsOf.newBuilder().setPublishedId("320000/2026-Q2/1").build()).build())
                .next());
    asks.put(
        "as_of.position",
        () ->
            replay(auditor)
                .replayStatistics(
                    jiangsu(AsOf.newBuilder().setPosition(positionThen + 1_000_000).build())
                        .build())
                .next());
    asks.put(
        "on",
        () ->
            replay(auditor)
                .replayStatistics(jiangsu(AsOf.getDefaultInstance()).setOn("30 June").build())
                .next());
    asks.put(
        "level",
        () ->
            replay(auditor)
                .replayStatistics(jiangsu(AsOf.getDefaultInstance()).setLevel("town").build())
                .next());
    asks.put(
        "policy_version",
        () ->
            replay(auditor)
                .replayStatistics(
                    jiangsu(AsOf.getDefaultInstance()).setPolicyVersion("national-1999.9").build())
                .next());
    asks.put(
        "region",
        () ->
            replay(auditor)
                .replayTimelines(ReplayTimelinesRequest.newBuilder().setRegion("999999").build())
                .next());
    asks.forEach(
        (field, ask) ->
            assertThatThrownBy(ask::run)
                .as(field)
                .isInstanceOfSatisfying(
                    StatusRuntimeException.class,
                    e -> {
                      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                      assertThat(Refusals.fields(StatusProto.fromThrowable(e))).contains(field);
                    }));
  }
}
