package org.tongchou.hub.assessment.grpc;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.grpc.RecordedReads;
import org.tongchou.hub.assessment.app.AssessmentCsv;
import org.tongchou.hub.assessment.app.ObligationHistories;
import org.tongchou.hub.assessment.app.Scorecards;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.grpc.ObligationMapper;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.grpc.ReceiptMapper;
import org.tongchou.hub.person.grpc.RecordedFacts;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.CsvChunk;
import org.tongchou.proto.v1.ExplainObligationRequest;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.GetScorecardsRequest;
import org.tongchou.proto.v1.GetScorecardsResponse;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.ListObligationsResponse;
import org.tongchou.proto.v1.ListedObligation;
import org.tongchou.proto.v1.ObligationHistory;
import org.tongchou.proto.v1.ReadModelPosition;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.Statistics;

/** {@code tongchou.v1.Assessment}: scorecards, their drill-down, statistics and CSV exports. */
@Component
public class AssessmentService extends AssessmentGrpc.AssessmentImplBase {

  static final Duration CATCH_UP = Duration.ofSeconds(10);
  static final int CHUNK = 64 * 1024;
  static final int MAX_PAGE = 1_000;

  private final Scorecards scorecards;
  private final ObligationHistories histories;
  private final StatisticsAnswers statistics;
  private final ReadModels readModels;
  private final RegionScope scope;
  private final RegionDirectory regions;
  private final RecordedReads reads;
  private final org.tongchou.hub.erasure.app.PersonalTexts texts;
  private final java.time.Clock clock;

  AssessmentService(
      Scorecards scorecards,
      ObligationHistories histories,
      StatisticsAnswers statistics,
      ReadModels readModels,
      RegionScope scope,
      RegionDirectory regions,
      RecordedReads reads,
      org.tongchou.hub.erasure.app.PersonalTexts texts,
      java.time.Clock clock) {
    this.clock = clock;
    this.reads = reads;
    this.texts = texts;
    this.scorecards = scorecards;
    this.histories = histories;
    this.statistics = statistics;
    this.readModels = readModels;
    this.scope = scope;
    this.regions = regions;
  }

  @Override
  public void getScorecards(
      GetScorecardsRequest request, StreamObserver<GetScorecardsResponse> response) {
    Caller caller = CallerInterceptor.current();
    String region = scope.check(caller, request.getRegion(), "region");
    CoveragePeriod.Labelled period = AssessmentRequests.period(request.getPeriod());
    ReadModelPosition asOf = asOf(request.getCatchUp());
    GetScorecardsResponse.Builder answer = GetScorecardsResponse.newBuilder().setAsOf(asOf);
    scorecards
        .of(region, period, request.getChildren())
        .forEach(s -> answer.addScorecards(AssessmentMapper.toProto(s, regions)));
    response.onNext(answer.build());
    response.onCompleted();
  }

  @Override
  public void listObligations(
      ListObligationsRequest request, StreamObserver<ListObligationsResponse> response) {
    Caller caller = CallerInterceptor.current();
    // Person keys: personal data, in the access log under the list's scope.
    ListObligationsResponse answer =
        reads.answer(
            caller,
            "Assessment.ListObligations",
            "",
            subjects -> {
              subjects.add(
                  scope(
                      "obligations",
                      request.getRegion(),
                      request.getPeriod(),
                      request.getSide(),
                      request.getIndicator()));
              String region = scope.check(caller, request.getRegion(), "region");
              int size = request.getPageSize() == 0 ? 100 : request.getPageSize();
              if (size < 1 || size > MAX_PAGE) {
                throw RegionScope.invalid("page_size", "0 (100) or 1 to " + MAX_PAGE);
              }
              ReadModelPosition asOf = asOf(request.getCatchUp());
              // Keyset paging: only this page (and one more row, to know whether a next page
              // exists) is read, after the token in obligation-id order.
              Scorecards.Behind behind =
                  behind(region, request.getPeriod(), request.getSide(), request.getIndicator())
                      .after(request.getPageToken(), size + 1);
              List<ObligationRow> after = behind.rows();
              ListObligationsResponse.Builder page =
                  ListObligationsResponse.newBuilder().setAsOf(asOf);
              for (ObligationRow row : after.subList(0, Math.min(size, after.size()))) {
                page.addObligations(
                    ListedObligation.newBuilder()
                        .setObligation(ObligationMapper.toProto(texts.reveal(row)))
                        .setStanding(behind.standing(row))
                        .setCredit(behind.credit(row).map(BigDecimal::toPlainString).orElse("")));
              }
              if (after.size() > size) {
                page.setNextPageToken(after.get(size - 1).obligationId());
              }
              return page.build();
            });
    response.onNext(answer);
    response.onCompleted();
  }

  /**
   * The workbench's counts of the duties behind a region's scorecards of a period ({@link
   * Scorecards#dutyCounts}), with the region and period checked as {@code ListObligations} checks
   * them. Counts name no person, so they are not access-logged (as {@code GetScorecards} is not). A
   * Java method, not an RPC: the in-process workbench counts without listing every duty.
   */
  public Scorecards.DutyCounts dutyCounts(Caller caller, String region, String period) {
    String checked = scope.check(caller, region, "region");
    return scorecards.dutyCounts(checked, AssessmentRequests.period(period));
  }

  /**
   * The workbench's worklist ({@link Scorecards#duties}): the duties behind a region's scorecards
   * of a period in {@code statuses} or, with {@code disputed}, disputed and not yet ruled on;
   * checked, revealed and access-logged as {@code ListObligations} (action {@code
   * Assessment.ListObligations}, subject {@code obligations:REGION/PERIOD/side_unspecified/}: every
   * line of both roles). Standing and credit are left empty: they belong to one indicator's line.
   */
  public List<ListedObligation> duties(
      Caller caller,
      String region,
      String period,
      Set<org.tongchou.proto.v1.ObligationStatus> statuses,
      boolean disputed) {
    return reads.answer(
        caller,
        "Assessment.ListObligations",
        "",
        subjects -> {
          subjects.add(scope("obligations", region, period, Side.SIDE_UNSPECIFIED, ""));
          String checked = scope.check(caller, region, "region");
          Set<ObligationStatus> wanted = EnumSet.noneOf(ObligationStatus.class);
          statuses.forEach(s -> wanted.add(ObligationStatus.valueOf(s.name())));
          return scorecards
              .duties(checked, AssessmentRequests.period(period), wanted, disputed)
              .stream()
              .map(
                  row ->
                      ListedObligation.newBuilder()
                          .setObligation(ObligationMapper.toProto(texts.reveal(row)))
                          .build())
              .toList();
        });
  }

  @Override
  public void explainObligation(
      ExplainObligationRequest request, StreamObserver<ObligationHistory> response) {
    Caller caller = CallerInterceptor.current();
    ObligationHistory answer =
        reads.answer(
            caller,
            "Assessment.ExplainObligation",
            request.getPurpose(),
            subjects -> {
              if (request.getObligationId().isEmpty()) {
                throw RegionScope.invalid("obligation_id", "required");
              }
              subjects.add(request.getObligationId());
              // Unknown and not-yours look the same, so that nobody can probe which obligations
              // exist.
              ObligationHistories.History history =
                  histories
                      .of(
                          request.getObligationId(),
                          row -> scope.mayRead(caller, row.responsible(), row.owed()))
                      .orElseThrow(
                          () ->
                              GrpcErrors.exception(
                                  GrpcErrors.status(
                                      Status.Code.NOT_FOUND,
                                      "no obligation "
                                          + request.getObligationId()
                                          + " that "
                                          + caller.describe()
                                          + " is a party to",
                                      "OBLIGATION_NOT_FOUND",
                                      Map.of("obligationId", request.getObligationId()))));
              subjects.add(history.row().personKey());
              ObligationHistory.Builder explained =
                  ObligationHistory.newBuilder()
                      .setObligation(ObligationMapper.toProto(texts.reveal(history.row())));
              history
                  .events()
                  .forEach(
                      l ->
                          explained.addEvents(
                              ReceiptMapper.atLogPosition(
                                  ObligationMapper.toFeed(
                                      (ObligationsChanged) texts.reveal(l.event()),
                                      l.eventId(),
                                      l.position(),
                                      request.getObligationId()),
                                  l.logPosition())));
              histories
                  .factsFor(history, caller.asReader(clock.instant()))
                  .forEach(
                      l ->
                          explained.addFacts(
                              ReceiptMapper.atLogPosition(
                                  RecordedFacts.toProto(
                                      (FactRecorded) texts.reveal(l.event()),
                                      l.eventId(),
                                      l.position(),
                                      null),
                                  l.logPosition())));
              return explained.build();
            });
    response.onNext(answer);
    response.onCompleted();
  }

  @Override
  public void getStatistics(GetStatisticsRequest request, StreamObserver<Statistics> response) {
    Caller caller = CallerInterceptor.current();
    String region = scope.check(caller, request.getRegion(), "region");
    ReadModelPosition asOf = asOf(request.getCatchUp());
    response.onNext(statistics.of(region, request).toBuilder().setAsOf(asOf).build());
    response.onCompleted();
  }

  @Override
  public void exportCsv(ExportCsvRequest request, StreamObserver<CsvChunk> response) {
    Caller caller = CallerInterceptor.current();
    String name =
        request.getTable().name().toLowerCase(Locale.ROOT)
            + "-"
            + request.getRegion()
            + "-"
            + request.getPeriod()
            + ".csv";
    if (request.getTable() == ExportCsvRequest.Table.OBLIGATIONS) {
      // Only the obligations table names persons (by key); the others are counts. It is checked
      // and access-logged before its first byte, then streamed page by page (#12's limits).
      Scorecards.BehindPages behind =
          reads.answer(
              caller,
              "Assessment.ExportCsv",
              "",
              subjects -> {
                subjects.add(
                    scope(
                        "obligations",
                        request.getRegion(),
                        request.getPeriod(),
                        request.getSide(),
                        request.getIndicator()));
                String region = scope.check(caller, request.getRegion(), "region");
                if (request.getCatchUp()) {
                  readModels.awaitCurrent(CATCH_UP);
                }
                return behind(
                    region, request.getPeriod(), request.getSide(), request.getIndicator());
              });
      ObligationsCsvStream.start(
          behind, texts::reveal, (ServerCallStreamObserver<CsvChunk>) response, name);
      return;
    }
    byte[] csv = csv(caller, request);
    for (int at = 0; at == 0 || at < csv.length; at += CHUNK) {
      CsvChunk.Builder chunk =
          CsvChunk.newBuilder()
              .setData(ByteString.copyFrom(csv, at, Math.min(CHUNK, csv.length - at)));
      if (at == 0) {
        chunk.setFileName(name);
      }
      response.onNext(chunk.build());
    }
    response.onCompleted();
  }

  /** The tables that name no person, built whole: a few rows per region. */
  private byte[] csv(Caller caller, ExportCsvRequest request) {
    String region = scope.check(caller, request.getRegion(), "region");
    if (request.getCatchUp()) {
      readModels.awaitCurrent(CATCH_UP);
    }
    return switch (request.getTable()) {
      case SCORECARDS ->
          AssessmentCsv.scorecards(
              scorecards.of(
                  region, AssessmentRequests.period(request.getPeriod()), request.getChildren()),
              regions);
      case STOCK, FLOWS, BIRTHS, COVERAGE -> statistics.csv(region, request);
      default ->
          throw RegionScope.invalid(
              "table", "one of SCORECARDS, OBLIGATIONS, STOCK, FLOWS, BIRTHS, COVERAGE");
    };
  }

  /**
   * The access log's subject for a list of obligations: {@code
   * obligations:REGION/PERIOD/SIDE/INDICATOR}.
   */
  private static String scope(
      String what, String region, String period, Side side, String indicator) {
    return what
        + ":"
        + region
        + "/"
        + period
        + "/"
        + side.name().toLowerCase(Locale.ROOT)
        + "/"
        + indicator;
  }

  private Scorecards.BehindPages behind(String region, String period, Side side, String indicator) {
    try {
      return scorecards.behind(
          region, AssessmentRequests.period(period), AssessmentRequests.side(side), indicator);
    } catch (Scorecards.UnknownIndicator e) {
      throw RegionScope.invalid("indicator", e.getMessage());
    }
  }

  private ReadModelPosition asOf(boolean catchUp) {
    if (catchUp) {
      readModels.awaitCurrent(CATCH_UP);
    }
    long position = readModels.position();
    return ReadModelPosition.newBuilder()
        .setPosition(position)
        .setLogPosition(readModels.head())
        .build();
  }
}
