package org.tongchou.hub.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.BirthRegistered;
import org.tongchou.proto.v1.Child;
import org.tongchou.proto.v1.CoverageLine;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.Statistics;

/**
 * Jiangsu's office reads the flows page in a real browser (Debian's headless Chromium) against a
 * hub on PostgreSQL. Four women registered in Zhengzhou's 中原区 arrive in the second quarter of 2026,
 * three in Wuxi's 滨湖区 and one in Suzhou's 姑苏区; in Wuxi two boys and a girl are born to them, and
 * one is served. The office sees the matrix (heat map and table), the stock, the births with their
 * sex ratio above the normal band, and coverage; follows a cell down to the counties and on to a
 * scorecard; downloads the tables as ExportCsv gives them. Henan's office, and Jiangsu's office
 * asking about Henan, are refused; an auditor reads any province; a region cannot sign in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchFlowsBrowserIT {

  static final String JIANGSU = "320000";
  static final String PERIOD = "2026-Q2";
  static final String ZHENGZHOU = "410100";

  static ConfigurableApplicationContext hub;
  static HubClient jiangsuOffice;
  static String officeToken;
  static String henanOfficeToken;
  static String auditorToken;
  static String wuxiToken;
  static String base;
  static WebDriver browser;

  @BeforeAll
  static void fourWomenFromZhengzhouArriveInJiangsu() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("workbench_flows"));
    base = "http://127.0.0.1:" + hub.getEnvironment().getProperty("local.server.port");
    CredentialStore credentials = hub.getBean(CredentialStore.class);
    officeToken = credentials.issue(Role.OFFICE, JIANGSU, "jiangsu-office-flows");
    henanOfficeToken = credentials.issue(Role.OFFICE, Facts.HENAN, "henan-office-flows");
    auditorToken = credentials.issue(Role.AUDITOR, null, "auditor-flows");
    wuxiToken = credentials.issue(Facts.WUXI, "wuxi-system-flows");
    jiangsuOffice = new HubClient(TestHub.grpcPort(hub), officeToken);
    String a = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String b = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String c = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String d = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    try (HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI);
        HubClient suzhou = TestHub.clientFor(hub, Facts.SUZHOU)) {
      wuxi.submit(
          List.of(
              Facts.arrival(a, Facts.WUXI_BINHU, "2026-04-01"),
              Facts.arrival(b, Facts.WUXI_BINHU, "2026-04-02"),
              Facts.arrival(c, Facts.WUXI_BINHU, "2026-04-03"),
              Facts.service(a, Facts.WUXI_BINHU, "2026-05-10"),
              birth(a, "2026-05-20", "M"),
              birth(b, "2026-05-21", "M"),
              birth(c, "2026-05-22", "F")));
      suzhou.submit(List.of(Facts.arrival(d, Facts.SUZHOU_GUSU, "2026-04-04")));
    }
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    browser = Chromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    jiangsuOffice.close();
    hub.close();
  }

  static Fact birth(String mother, String on, String sex) {
    return Fact.newBuilder()
        .setRecordId(Facts.recordId())
        .setRegion(Facts.WUXI_BINHU)
        .setOccurredOn(on)
        .setPerson(Facts.person(mother))
        .setBirthRegistered(
            BirthRegistered.newBuilder()
                .setChild(Child.newBuilder().setSex(sex).setBornOn(on).setBirthOrder(1)))
        .build();
  }

  static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  static String sessionCookie() {
    return "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
  }

  static HttpResponse<byte[]> get(String pathOrUrl, String cookie) throws Exception {
    URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri).header("Cookie", cookie).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  static byte[] exportCsv(ExportCsvRequest.Table table) {
    ByteArrayOutputStream rpc = new ByteArrayOutputStream();
    jiangsuOffice
        .authorized(AssessmentGrpc.newBlockingStub(jiangsuOffice.channel()))
        .exportCsv(
            ExportCsvRequest.newBuilder()
                .setTable(table)
                .setRegion(JIANGSU)
                .setPeriod(PERIOD)
                .build())
        .forEachRemaining(c -> rpc.writeBytes(c.getData().toByteArray()));
    return rpc.toByteArray();
  }

  @Test
  @Order(1)
  void jiangsusOfficeSeesTheMatrixStockBirthsAndCoverageOfTheFactsPushed() {
    Chromium.signIn(browser, base, officeToken);
    // The navigation links to the page; following the link and then asking for a period would race
    // two navigations, so the test asks for the period directly.
    assertThat(browser.findElement(By.id("nav-flows")).getAttribute("href"))
        .contains("/workbench/flows");
    browser.get(base + "/workbench/flows?period=" + PERIOD);

    // The level right under a province: its cities, and the cities the arrivals came from.
    assertThat(browser.findElement(By.id("level")).getAttribute("value")).isEqualTo("city");
    assertThat(text("flow-" + ZHENGZHOU + "-" + Facts.WUXI)).isEqualTo("3");
    assertThat(text("flow-" + ZHENGZHOU + "-" + Facts.SUZHOU)).isEqualTo("1");
    assertThat(browser.findElements(By.cssSelector("#flows tbody tr"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#flows-chart canvas"))).isNotEmpty();

    assertThat(text("migrants-" + Facts.WUXI)).isEqualTo("3");
    assertThat(text("inter-provincial-" + Facts.WUXI)).isEqualTo("3");
    assertThat(text("migrants-" + Facts.SUZHOU)).isEqualTo("1");
    assertThat(text("migrants-total")).isEqualTo("4");

    assertThat(text("boys-" + Facts.WUXI)).isEqualTo("2");
    assertThat(text("girls-" + Facts.WUXI)).isEqualTo("1");
    assertThat(text("ratio-" + Facts.WUXI)).isEqualTo("200.0");
    assertThat(text("band-" + Facts.WUXI)).isEqualTo("高于正常范围");
    assertThat(text("ratio-total")).isEqualTo("200.0");

    // Coverage: whatever the RPC counts, the page shows, each figure leading to its duties.
    Statistics rpc =
        jiangsuOffice
            .authorized(AssessmentGrpc.newBlockingStub(jiangsuOffice.channel()))
            .getStatistics(
                GetStatisticsRequest.newBuilder().setRegion(JIANGSU).setPeriod(PERIOD).build());
    assertThat(browser.findElements(By.cssSelector("#coverage tbody tr")))
        .hasSize(rpc.getCoverageCount());
    for (CoverageLine line : rpc.getCoverageList()) {
      String id = line.getRegion() + "-" + line.getKind();
      assertThat(text("due-" + id)).isEqualTo(Long.toString(line.getDue()));
      assertThat(text("met-" + id)).isEqualTo(Long.toString(line.getMet()));
      assertThat(browser.findElement(By.id("due-" + id)).getAttribute("href"))
          .contains("/workbench/scorecard?region=" + line.getRegion());
    }
    // Tall enough to show every table of the page in the screenshot.
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
    Chromium.screenshot(browser, "17-flows");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
  }

  @Test
  @Order(2)
  void aCellLeadsDownToTheCountiesAndOnToTheScorecardBehindThem() {
    browser.get(base + "/workbench/flows?period=" + PERIOD);
    browser.findElement(By.id("flow-" + ZHENGZHOU + "-" + Facts.WUXI)).click();

    assertThat(browser.findElement(By.id("level")).getAttribute("value")).isEqualTo("county");
    assertThat(browser.findElement(By.id("region")).getAttribute("value")).isEqualTo(Facts.WUXI);
    browser
        .findElement(By.id("flow-" + Facts.ZHENGZHOU_ZHONGYUAN + "-" + Facts.WUXI_BINHU))
        .click();

    assertThat(browser.getCurrentUrl())
        .contains("/workbench/scorecard?region=" + Facts.WUXI_BINHU)
        .contains("side=INFLOW");
    assertThat(browser.findElements(By.cssSelector("a.drill"))).isNotEmpty();
  }

  @Test
  @Order(3)
  void atTheProvinceLevelTheMatrixIsHenanToJiangsu() {
    browser.get(base + "/workbench/flows?period=" + PERIOD + "&level=province");

    assertThat(text("flow-" + Facts.HENAN + "-" + JIANGSU)).isEqualTo("4");
    assertThat(text("migrants-" + JIANGSU)).isEqualTo("4");
  }

  @Test
  @Order(4)
  void everyTableDownloadsAsExportCsvByteForByte() throws Exception {
    browser.get(base + "/workbench/flows?period=" + PERIOD);
    for (ExportCsvRequest.Table table :
        List.of(
            ExportCsvRequest.Table.FLOWS,
            ExportCsvRequest.Table.STOCK,
            ExportCsvRequest.Table.BIRTHS,
            ExportCsvRequest.Table.COVERAGE)) {
      String link =
          browser
              .findElement(By.id("csv-" + table.name().toLowerCase(java.util.Locale.ROOT)))
              .getAttribute("href");
      HttpResponse<byte[]> download = get(link, sessionCookie());

      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).as(table.name()).isNotEmpty().isEqualTo(exportCsv(table));
    }
    assertThat(
            new String(
                get(browser.findElement(By.id("csv-flows")).getAttribute("href"), sessionCookie())
                    .body(),
                StandardCharsets.UTF_8))
        .contains(ZHENGZHOU + ",郑州市," + Facts.WUXI + ",无锡市,3");
  }

  @Test
  @Order(5)
  void inEnglishTheLabelsAndTheBandAreEnglish() {
    browser.get(base + "/workbench/flows?period=" + PERIOD + "&lang=en");

    assertThat(text("nav-flows")).isEqualTo("Flows");
    assertThat(text("band-" + Facts.WUXI)).isEqualTo("above the normal band");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Migration flows of");
    browser.get(base + "/workbench/flows?period=" + PERIOD + "&lang=zh_CN");
  }

  @Test
  @Order(6)
  void anOfficeAskingOutsideItsSubtreeIsRefusedAndAFieldIsEscaped() throws Exception {
    String cookie = sessionCookie();

    HttpResponse<byte[]> henan = get("/workbench/flows?region=410000&period=" + PERIOD, cookie);
    assertThat(henan.statusCode()).isEqualTo(403);
    assertThat(new String(henan.body(), StandardCharsets.UTF_8)).contains("PERMISSION_DENIED");
    assertThat(
            get("/workbench/csv?table=FLOWS&region=410000&period=" + PERIOD, cookie).statusCode())
        .isEqualTo(403);

    HttpResponse<byte[]> probe =
        get("/workbench/flows?period=%3Cscript%3Ealert(1)%3C/script%3E", cookie);
    assertThat(probe.statusCode()).isEqualTo(400);
    assertThat(new String(probe.body(), StandardCharsets.UTF_8))
        .doesNotContain("<script>alert(1)")
        .contains("&lt;script&gt;alert(1)");
  }

  @Test
  @Order(7)
  void henansOfficeIsRefusedJiangsusFlows() throws Exception {
    browser.manage().deleteAllCookies();
    Chromium.signIn(browser, base, henanOfficeToken);
    browser.get(base + "/workbench/flows?region=" + JIANGSU + "&period=" + PERIOD);

    assertThat(browser.getPageSource()).contains("PERMISSION_DENIED");
    assertThat(browser.findElements(By.id("flows"))).isEmpty();
    Chromium.screenshot(browser, "18-flows-outside-jurisdiction-403");
    assertThat(
            get("/workbench/flows?region=" + JIANGSU + "&period=" + PERIOD, sessionCookie())
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(8)
  void anAuditorReadsAnyProvinceAndARegionCannotSignIn() throws Exception {
    browser.manage().deleteAllCookies();
    Chromium.signIn(browser, base, auditorToken);
    browser.get(base + "/workbench/flows?region=" + JIANGSU + "&period=" + PERIOD);
    assertThat(text("migrants-total")).isEqualTo("4");
    assertThat(browser.findElements(By.cssSelector("main form[method=post]"))).isEmpty();
    assertThat(
            get("/workbench/flows?region=" + Facts.HENAN + "&period=" + PERIOD, sessionCookie())
                .statusCode())
        .isEqualTo(200);

    browser.manage().deleteAllCookies();
    browser.get(base + "/workbench/sign-in");
    browser.findElement(By.id("token")).sendKeys(wuxiToken);
    browser.findElement(By.id("sign-in")).click();
    assertThat(text("refused")).isEqualTo("拒绝访问");
    browser.get(base + "/workbench/flows");
    assertThat(browser.getCurrentUrl()).endsWith("/workbench/sign-in");
  }
}
