package org.tongchou.hub.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.AccessLogReads;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.WaiveObligationRequest;

/**
 * Jiangsu's office works in a real browser (Debian's headless Chromium) against a hub on
 * PostgreSQL: three Henan women arrive in Wuxi and Wuxi asks Henan to verify each; the office sees
 * Wuxi's scorecards and chart, follows a number down to a fact, reads its waiver's reason (an XSS
 * probe) as plain text, downloads the CSV of ExportCsv, switches to English and signs out. A
 * region's credential is refused, and a form without its CSRF token is too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {

  static final String JIANGSU = "320000";
  static final String PERIOD = "2026-Q2";
  static final String PROBE = "<script>alert(\"x\")</script> 'quoted' \"and\" & <b>bold</b>";

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient henan;
  static HubClient jiangsuOffice;
  static String officeToken;
  static String wuxiToken;
  static String waived;
  static String base;
  static WebDriver browser;

  @BeforeAll
  static void wuxiAsksHenan() {
    // Two duties a worklist page and two obligations a line's page, so that these few duties
    // already fill several pages.
    hub =
        TestHub.startOnPostgres(
            Stream.concat(
                    Arrays.stream(TestHub.inFreshSchema("workbench")),
                    Stream.of(
                        "--tongchou.workbench.worklist-page-size=2",
                        "--tongchou.workbench.obligations-page-size=2"))
                .toArray(String[]::new));
    base = "http://127.0.0.1:" + hub.getEnvironment().getProperty("local.server.port");
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    henan = TestHub.clientFor(hub, Facts.HENAN);
    CredentialStore credentials = hub.getBean(CredentialStore.class);
    officeToken = credentials.issue(Role.OFFICE, JIANGSU, "jiangsu-office");
    wuxiToken = credentials.issue(Facts.WUXI, "wuxi-system");
    jiangsuOffice = new HubClient(TestHub.grpcPort(hub), officeToken);
    String a = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String b = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String c = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    Fact askA = Facts.verificationRequested(a, Facts.WUXI_BINHU, "2026-04-05", false);
    Fact askB = Facts.verificationRequested(b, Facts.WUXI_BINHU, "2026-04-06", true);
    wuxi.submit(
        List.of(
            Facts.arrival(a, Facts.WUXI_BINHU, "2026-04-01"),
            Facts.arrival(b, Facts.WUXI_BINHU, "2026-04-02"),
            Facts.arrival(c, Facts.WUXI_BINHU, "2026-04-03"),
            askA,
            askB,
            Facts.verificationRequested(c, Facts.WUXI_BINHU, "2026-04-07", false)));
    henan.submit(
        List.of(Facts.verificationAnswered(a, Facts.ZHENGZHOU_ZHONGYUAN, "2026-04-20", askA)));
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    waived =
        jiangsuOffice
            .authorized(AssessmentGrpc.newBlockingStub(jiangsuOffice.channel()))
            .listObligations(
                ListObligationsRequest.newBuilder()
                    .setRegion(Facts.WUXI)
                    .setPeriod(PERIOD)
                    .setSide(Side.INFLOW)
                    .setIndicator("certificate-verification")
                    .build())
            .getObligations(0)
            .getObligation()
            .getObligationId();
    jiangsuOffice
        .authorized(CoordinationGrpc.newBlockingStub(jiangsuOffice.channel()))
        .waiveObligation(
            WaiveObligationRequest.newBuilder().setObligationId(waived).setReason(PROBE).build());
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    browser = Chromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    wuxi.close();
    henan.close();
    jiangsuOffice.close();
    hub.close();
  }

  /**
   * Signs in and waits for the answer, a workbench page or the refusal: the click returns before
   * the sign-in has answered, and a next {@code get} raced it (the overview of the current period
   * then showed up where the test had asked for {@link #PERIOD}'s).
   */
  static void signIn(String token) {
    browser.get(base + "/workbench/sign-in");
    browser.findElement(By.id("token")).sendKeys(token);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("sign-out")),
                ExpectedConditions.presenceOfElementLocated(By.id("refused"))));
  }

  static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  static String sessionCookie() {
    return "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
  }

  static HttpResponse<byte[]> get(String path, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  @Order(1)
  void aRegionsCredentialIsRefusedWithAPageThatSaysWhy() {
    signIn(wuxiToken);

    assertThat(text("refused")).isEqualTo("拒绝访问");
    assertThat(browser.getPageSource()).contains(Facts.WUXI);
    Chromium.screenshot(browser, "1-region-refused");
    browser.get(base + "/workbench/");
    assertThat(browser.getCurrentUrl()).endsWith("/workbench/sign-in");
  }

  @Test
  @Order(2)
  void jiangsusOfficeSeesWuxisScorecardsAndTheirChart() {
    signIn(officeToken);
    browser.get(base + "/workbench/?period=" + PERIOD);

    assertThat(browser.findElement(By.id("row-" + Facts.WUXI)).getText()).contains("无锡");
    assertThat(text("inflow-" + Facts.WUXI)).matches("\\d+\\.\\d\\d");
    assertThat(text("outflow-" + Facts.WUXI)).matches("\\d+\\.\\d\\d|—");
    assertThat(browser.findElements(By.cssSelector("#scores-chart canvas"))).isNotEmpty();
    // The trend arrives by htmx, and draws its own chart.
    assertThat(browser.findElements(By.cssSelector("#trend-chart canvas"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#trend-table tbody tr"))).hasSize(12);
    assertThat(text("count-overdue")).matches("(?s)\\d+.*");
    Chromium.screenshot(browser, "2-overview");
  }

  @Test
  @Order(3)
  void aNumberLeadsDownToTheObligationsAndEachObligationToItsFacts() {
    browser.get(base + "/workbench/?period=" + PERIOD);
    browser.findElement(By.id("inflow-" + Facts.WUXI)).click();
    assertThat(text("score")).isNotEmpty();
    Chromium.screenshot(browser, "3-scorecard");
    browser.findElement(By.id("obligations-verification-requests")).click();
    // Two a page: the line's three requests take two pages, and none is on both.
    assertThat(text("obligations-range")).isEqualTo("第 1–2 条");
    List<String> first = shownDuties();
    browser.findElement(By.id("page-next")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("obligations-range"), "第 3–3 条"));
    assertThat(shownDuties()).hasSize(1).doesNotContainAnyElementsOf(first);
    assertThat(browser.findElements(By.id("page-next"))).as("the last page").isEmpty();
    browser.findElement(By.id("page-first")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("obligations-range"), "第 1–2 条"));
    assertThat(shownDuties()).isEqualTo(first);
    browser.findElements(By.cssSelector("a.obligation")).get(0).click();

    assertThat(browser.findElements(By.cssSelector("#events tbody tr")))
        .as(browser.getPageSource())
        .isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".fact pre"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector(".fact pre")).getText()).contains("record_id");
    Chromium.screenshot(browser, "4-obligation-facts");
    List<AccessLogEntry> logged =
        new AccessLogReads(TestHub.clientAs(hub, Role.AUDITOR, null)).by("jiangsu-office");
    assertThat(logged)
        .extracting(AccessLogEntry::getAction)
        .contains("Assessment.ExplainObligation", "Assessment.ListObligations");
  }

  @Test
  @Order(4)
  void theOverdueCountOpensTheWorklistWhichPagesThroughExactlyThoseDuties() {
    browser.get(base + "/workbench/?period=" + PERIOD);
    int overdue = Integer.parseInt(text("count-overdue").replaceAll("(?s)^(\\d+).*", "$1"));
    assertThat(overdue).as("enough overdue duties for two pages").isGreaterThan(2);
    browser.findElement(By.id("count-overdue")).click();

    assertThat(text("worklist-range")).isEqualTo("第 1–2 条，共 " + overdue + " 条");
    List<String> first = shownDuties();
    browser.findElement(By.id("page-next")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.textToBe(
                By.id("worklist-range"), "第 3–" + Math.min(4, overdue) + " 条，共 " + overdue + " 条"));
    List<String> second = shownDuties();
    Chromium.screenshot(browser, "22-worklist-second-page");
    assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
    assertThat(browser.getCurrentUrl()).contains("status=OVERDUE");
    // Filtering keeps to the overdue duties.
    browser.findElement(By.id("filter")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("worklist-range"), "第 1–2 条，共 " + overdue + " 条"));
    assertThat(browser.getCurrentUrl()).contains("status=OVERDUE");
    // Past the last page, the last page.
    browser.get(base + "/workbench/worklist?period=" + PERIOD + "&status=OVERDUE&page=" + overdue);
    assertThat(browser.findElements(By.id("page-next"))).isEmpty();
    assertThat(text("worklist-range")).endsWith("共 " + overdue + " 条");
  }

  /** The obligation ids of the duties the worklist shows. */
  static List<String> shownDuties() {
    return browser.findElements(By.cssSelector("a.obligation")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  @Test
  @Order(5)
  void aReasonWithScriptAndQuotesIsShownAsText() {
    browser.get(
        base
            + "/workbench/obligation?id="
            + java.net.URLEncoder.encode(waived, java.nio.charset.StandardCharsets.UTF_8));

    assertThat(text("waiver")).contains(PROBE);
    assertThat(browser.getPageSource()).contains("&lt;script&gt;").doesNotContain("<b>bold</b>");
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    Chromium.screenshot(browser, "5-xss-probe-as-text");
  }

  @Test
  @Order(6)
  void theCsvDownloadIsExportCsvByteForByte() throws Exception {
    HttpResponse<byte[]> download =
        get(
            "/workbench/csv?table=SCORECARDS&region="
                + JIANGSU
                + "&period="
                + PERIOD
                + "&children=true",
            sessionCookie());

    ByteArrayOutputStream rpc = new ByteArrayOutputStream();
    jiangsuOffice
        .authorized(AssessmentGrpc.newBlockingStub(jiangsuOffice.channel()))
        .exportCsv(
            ExportCsvRequest.newBuilder()
                .setTable(ExportCsvRequest.Table.SCORECARDS)
                .setRegion(JIANGSU)
                .setPeriod(PERIOD)
                .setChildren(true)
                .build())
        .forEachRemaining(c -> rpc.writeBytes(c.getData().toByteArray()));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isNotEmpty().isEqualTo(rpc.toByteArray());
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("scorecards-320000-2026-Q2.csv");
  }

  @Test
  @Order(7)
  void aFormPostedWithoutItsCsrfTokenIsRefusedAndTheSessionCookieIsStrict() throws Exception {
    HttpResponse<String> forged =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/workbench/sign-out"))
                    .header("Cookie", sessionCookie())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    // Still signed in: the forged sign-out did nothing.
    assertThat(get("/workbench/worklist", sessionCookie()).statusCode()).isEqualTo(200);

    HttpResponse<byte[]> fresh = get("/workbench/sign-in", null);
    assertThat(fresh.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Strict"));
    assertThat(fresh.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
  }

  @Test
  @Order(8)
  void theOfficeSwitchesToEnglishAndSignsOut() throws Exception {
    browser.get(base + "/workbench/?period=" + PERIOD);
    assertThat(text("nav-overview")).isEqualTo("概览");
    browser.findElement(By.id("lang-en")).click();
    // The Chinese page is still there until the English one replaces it.
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("nav-overview"), "Overview"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Overview of 320000");
    Chromium.screenshot(browser, "6-english");

    String cookie = sessionCookie();
    browser.findElement(By.id("sign-out")).click();
    assertThat(text("signed-out")).isEqualTo("You have signed out.");
    Chromium.screenshot(browser, "7-signed-out");
    assertThat(get("/workbench/", cookie).statusCode()).isEqualTo(302);
  }

  @Test
  @Order(9)
  void actuatorIsNotBehindTheWorkbenchsSignInAndNotOnItsPort() throws Exception {
    String management =
        "http://127.0.0.1:" + hub.getEnvironment().getProperty("local.management.port");
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(management + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health", null).statusCode())
        .as("production keeps actuator off the HTTP port")
        .isNotEqualTo(200);
  }
}
