package org.tongchou.hub.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.assessment.app.AssessmentCsv;
import org.tongchou.hub.assessment.app.Scorecards;
import org.tongchou.hub.assessment.domain.ScorecardRules;
import org.tongchou.hub.erasure.app.PersonalTexts;
import org.tongchou.hub.obligation.app.ObligationViews;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.platform.csv.Csv;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.CsvChunk;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.ListObligationsResponse;
import org.tongchou.proto.v1.ListedObligation;
import org.tongchou.proto.v1.Side;

/**
 * A long line behind one indicator (1,300 obligations, several pages of the listing, several chunks
 * of the CSV), read page by page by key: the pages join into exactly the line the hub used to build
 * whole (Java's order of ids, the same rows, the same standing and credit), and the streamed CSV
 * has the bytes and chunks of the file built whole. The rows are written into the read model
 * directly: 1,300 duties told as facts would take minutes.
 */
class ObligationPagesIT {

  static final String INDICATOR = "verification-feedback-rate";
  static final LocalDate FROM = LocalDate.of(2026, 4, 1);
  static final LocalDate TO = LocalDate.of(2026, 6, 30);

  static ConfigurableApplicationContext hub;
  static HubClient henan;
  static HubClient wuxi;
  static JdbcTemplate sql;

  @BeforeAll
  static void aLongLineOfHenansAnswersAndRowsThatAreNotInIt() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("obligation_pages"));
    henan = TestHub.clientFor(hub, Facts.HENAN);
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    sql = hub.getBean(JdbcTemplate.class);
    String[] statuses = {"met-on-time", "met-late", "overdue", "open"};
    for (int i = 0; i < 1_300; i++) {
      // Case and hyphens that a language's collation would order otherwise.
      String subject =
          switch (i % 4) {
            case 0 -> "a" + i;
            case 1 -> "A" + i + "-b";
            case 2 -> "a-" + i;
            default -> "a" + (i - 1) + "-b";
          };
      store(
          "verification-answer/" + Facts.WUXI_BINHU + "/" + subject + "#1",
          "verification-answer",
          "outflow",
          Facts.ZHENGZHOU_ZHONGYUAN,
          "2026-05-" + (10 + i % 20),
          statuses[i % 4],
          "evidence, with a comma and \"quotes\" of row " + i);
    }
    // Not in the line: another kind, the other side, another period, another responsible region.
    store(
        "certificate-issuance/320211/x#1",
        "certificate-issuance",
        "outflow",
        "410102",
        "2026-05-01",
        "open",
        null);
    store(
        "verification-answer/320211/y#1",
        "verification-answer",
        "inflow",
        "410102",
        "2026-05-01",
        "open",
        null);
    store(
        "verification-answer/320211/z#1",
        "verification-answer",
        "outflow",
        "410102",
        "2026-07-01",
        "open",
        null);
    store(
        "verification-answer/410102/w#1",
        "verification-answer",
        "outflow",
        "320211",
        "2026-05-01",
        "open",
        null);
  }

  @AfterAll
  static void stop() {
    henan.close();
    wuxi.close();
    hub.close();
  }

  static void store(
      String id,
      String kind,
      String side,
      String responsible,
      String due,
      String status,
      String evidence) {
    String owed =
        responsible.equals(Facts.ZHENGZHOU_ZHONGYUAN)
            ? Facts.WUXI_BINHU
            : Facts.ZHENGZHOU_ZHONGYUAN;
    sql.update(
        "INSERT INTO obligation_view (obligation_id, person_key, kind, side, responsible, owed, "
            + "opens_on, due_on, policy_version, status, evidence, opened_by, last_position) "
            + "VALUES (?, 'p', ?, ?, ?, ?, DATE '2026-04-01', CAST(? AS DATE), 'national-2009.1', ?, ?, "
            + "'320211/r', 1)",
        id,
        kind,
        side,
        responsible,
        owed,
        due,
        status,
        evidence);
  }

  static AssessmentGrpc.AssessmentBlockingStub assessment(HubClient client) {
    return client.authorized(AssessmentGrpc.newBlockingStub(client.channel()));
  }

  /** The line as the hub built it before keyset paging: the whole period, sorted in Java. */
  static List<ObligationRow> wholeLine() {
    List<ObligationRow> rows =
        hub.getBean(ObligationViews.class)
            .dueIn(hub.getBean(RegionDirectory.class).subtree(Facts.HENAN), FROM, TO);
    return ScorecardRules.behind(
        behind().indicator(),
        org.tongchou.hub.policy.domain.Side.OUTFLOW,
        rows,
        c -> hub.getBean(RegionDirectory.class).isWithin(c, Facts.HENAN));
  }

  static Scorecards.Behind behind() {
    return hub.getBean(Scorecards.class)
        .behind(
            Facts.HENAN,
            org.tongchou.hub.policy.domain.CoveragePeriod.parse("2026-Q2").orElseThrow(),
            org.tongchou.hub.policy.domain.Side.OUTFLOW,
            INDICATOR)
        .after("", 1);
  }

  static List<ListedObligation> listed(int pageSize, List<ListObligationsResponse> pages) {
    List<ListedObligation> all = new ArrayList<>();
    String token = "";
    do {
      ListObligationsResponse page =
          assessment(henan)
              .listObligations(
                  ListObligationsRequest.newBuilder()
                      .setRegion(Facts.HENAN)
                      .setPeriod("2026-Q2")
                      .setSide(Side.OUTFLOW)
                      .setIndicator(INDICATOR)
                      .setPageSize(pageSize)
                      .setPageToken(token)
                      .build());
      pages.add(page);
      all.addAll(page.getObligationsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return all;
  }

  @Test
  void givenALongLineWhenListedInPagesOfAnySizeThenThePagesJoinIntoTheWholeLineInJavasOrder() {
    List<String> whole = wholeLine().stream().map(ObligationRow::obligationId).toList();
    assertThat(whole).hasSize(1_300).isSorted();

    List<ListObligationsResponse> byThousand = new ArrayList<>();
    List<ListedObligation> oneShot = listed(1_000, byThousand);
    assertThat(oneShot).extracting(o -> o.getObligation().getObligationId()).isEqualTo(whole);
    assertThat(byThousand).hasSize(2);
    assertThat(byThousand.get(0).getNextPageToken()).isEqualTo(whole.get(999));

    for (int size : new int[] {7, 100, 650, 999}) {
      List<ListObligationsResponse> pages = new ArrayList<>();
      List<ListedObligation> joined = listed(size, pages);
      assertThat(joined).as("pages of %d", size).isEqualTo(oneShot);
      assertThat(pages).hasSize((1_300 + size - 1) / size);
      assertThat(pages.get(0).getObligationsList()).hasSize(size);
      assertThat(pages.get(pages.size() - 1).getNextPageToken()).isEmpty();
    }
    assertThat(
            sql.queryForObject(
                "SELECT COUNT(*) FROM access_log_entry WHERE action = 'Assessment.ListObligations'"
                    + " AND outcome NOT LIKE 'refused%'",
                Long.class))
        .as("every page is a logged read")
        .isEqualTo(2 + 186 + 13 + 2 + 2);
  }

  @Test
  void givenALongLineWhenExportedThenTheStreamedCsvHasTheBytesAndChunksOfTheFileBuiltWhole() {
    Scorecards.Behind behind = behind();
    PersonalTexts texts = hub.getBean(PersonalTexts.class);
    Csv whole = new Csv(AssessmentCsv.OBLIGATIONS);
    for (ObligationRow row : wholeLine()) {
      whole.row(
          // Standing and credit depend on the indicator and the book only, not on the page.
          AssessmentCsv.obligation(behind, row, texts::reveal));
    }
    byte[] expected = whole.bytes();
    assertThat(expected.length).as("several chunks").isGreaterThan(3 * 64 * 1024);

    List<CsvChunk> chunks = new ArrayList<>();
    assessment(henan)
        .exportCsv(
            ExportCsvRequest.newBuilder()
                .setTable(ExportCsvRequest.Table.OBLIGATIONS)
                .setRegion(Facts.HENAN)
                .setPeriod("2026-Q2")
                .setSide(Side.OUTFLOW)
                .setIndicator(INDICATOR)
                .build())
        .forEachRemaining(chunks::add);

    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    chunks.forEach(c -> streamed.writeBytes(c.getData().toByteArray()));
    assertThat(streamed.toByteArray()).isEqualTo(expected);
    assertThat(new String(expected, StandardCharsets.UTF_8))
        .startsWith("obligation_id,person_key,kind,")
        .contains("\"evidence, with a comma and \"\"quotes\"\" of row 1299\"");
    for (int i = 0; i < chunks.size(); i++) {
      assertThat(chunks.get(i).getFileName())
          .isEqualTo(i == 0 ? "obligations-" + Facts.HENAN + "-2026-Q2.csv" : "");
      assertThat(chunks.get(i).getData().size())
          .isEqualTo(i < chunks.size() - 1 ? 64 * 1024 : expected.length - i * 64 * 1024);
    }
  }

  @Test
  void givenARegionOutsideHenanWhenItExportsHenansLineThenItIsRefusedBeforeAnyByteAndLogged() {
    List<CsvChunk> received = new ArrayList<>();
    assertThatThrownBy(
            () ->
                assessment(wuxi)
                    .exportCsv(
                        ExportCsvRequest.newBuilder()
                            .setTable(ExportCsvRequest.Table.OBLIGATIONS)
                            .setRegion(Facts.HENAN)
                            .setPeriod("2026-Q2")
                            .setSide(Side.OUTFLOW)
                            .setIndicator(INDICATOR)
                            .build())
                    .forEachRemaining(received::add))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    assertThat(received).isEmpty();
    assertThat(
            sql.queryForList(
                "SELECT e.outcome FROM access_log_entry e JOIN access_log_subject s "
                    + "ON s.sequence = e.sequence WHERE e.action = 'Assessment.ExportCsv' "
                    + "AND s.subject = ?",
                String.class,
                "obligations:" + Facts.HENAN + "/2026-Q2/outflow/" + INDICATOR))
        .containsExactly("refused:OUTSIDE_JURISDICTION");
  }
}
