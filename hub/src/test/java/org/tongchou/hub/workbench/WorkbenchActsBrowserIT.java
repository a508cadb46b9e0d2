package org.tongchou.hub.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
import org.tongchou.proto.v1.DisputeObligationRequest;
import org.tongchou.proto.v1.ExplainObligationRequest;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.GetPublishedScorecardRequest;
import org.tongchou.proto.v1.ListConflictsRequest;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.ListPublishedScorecardsRequest;
import org.tongchou.proto.v1.ObligationChange;
import org.tongchou.proto.v1.ObligationHistory;
import org.tongchou.proto.v1.PublishedScorecard;
import org.tongchou.proto.v1.ReplayGrpc;
import org.tongchou.proto.v1.Side;

/**
 * Jiangsu's office acts in a real browser (Debian's headless Chromium) against a hub on PostgreSQL:
 * it rules on a residence conflict between Wuxi and Suzhou, dismisses Wuxi's dispute, and waives a
 * duty; a blank reason is refused by the RPC and shown next to its field; reasons with script and
 * quotes render as text; a form submitted twice acts once; a form tampered to act outside Jiangsu
 * gets 403 and an access-log entry.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchActsBrowserIT {

  static final String JIANGSU = "320000";
  static final String PERIOD = "2026-Q2";
  static final String PROBE = "<script>alert(\"x\")</script> 'quoted' \"and\" & <b>bold</b>";

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient suzhou;
  static HubClient henan;
  static HubClient jiangsuOffice;
  static HubClient auditor;
  static String officeToken;
  static String toWaive;
  static String twice;
  static String disputed;
  static String henans;
  static String base;
  static WebDriver browser;

  static String verificationOf(Fact arrival) {
    return "certificate-verification/" + Facts.WUXI_BINHU + "/" + arrival.getRecordId() + "#1";
  }

  @BeforeAll
  static void wuxiAndSuzhouReport() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("workbenchacts"));
    base = "http://127.0.0.1:" + hub.getEnvironment().getProperty("local.server.port");
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    suzhou = TestHub.clientFor(hub, Facts.SUZHOU);
    henan = TestHub.clientFor(hub, Facts.HENAN);
    auditor = TestHub.clientAs(hub, Role.AUDITOR, null);
    officeToken =
        hub.getBean(CredentialStore.class).issue(Role.OFFICE, JIANGSU, "jiangsu-office-acts");
    jiangsuOffice = new HubClient(TestHub.grpcPort(hub), officeToken);
    Fact a =
        Facts.arrival(IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.WUXI_BINHU, "2026-04-01");
    Fact b =
        Facts.arrival(IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.WUXI_BINHU, "2026-04-02");
    Fact c =
        Facts.arrival(IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.WUXI_BINHU, "2026-04-03");
    String contested = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    wuxi.submit(
        List.of(
            a,
            b,
            c,
            Facts.arrival(contested, Facts.WUXI_BINHU, "2026-03-01"),
            Facts.verificationRequested(
                a.getPerson().getIdNumber(), Facts.WUXI_BINHU, "2026-04-05", false)));
    suzhou.submitOne(Facts.arrival(contested, Facts.SUZHOU_GUSU, "2026-04-01"));
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    toWaive = verificationOf(a);
    twice = verificationOf(b);
    disputed = verificationOf(c);
    coordination(wuxi)
        .disputeObligation(
            DisputeObligationRequest.newBuilder()
                .setObligationId(disputed)
                .setReason("not ours: " + PROBE)
                .build());
    henans =
        auditor
            .authorized(AssessmentGrpc.newBlockingStub(auditor.channel()))
            .listObligations(
                ListObligationsRequest.newBuilder()
                    .setRegion(Facts.HENAN)
                    .setPeriod(PERIOD)
                    .setSide(Side.OUTFLOW)
                    .setIndicator("verification-feedback-rate")
                    .build())
            .getObligations(0)
            .getObligation()
            .getObligationId();
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    browser = Chromium.start();
    Chromium.signIn(browser, base, officeToken);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    for (HubClient client : new HubClient[] {wuxi, suzhou, henan, jiangsuOffice, auditor}) {
      client.close();
    }
    hub.close();
  }

  static CoordinationGrpc.CoordinationBlockingStub coordination(HubClient client) {
    return client.authorized(CoordinationGrpc.newBlockingStub(client.channel()));
  }

  static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  static String obligationPage(String id) {
    return base + "/workbench/obligation?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  static ObligationHistory history(String id) {
    return jiangsuOffice
        .authorized(AssessmentGrpc.newBlockingStub(jiangsuOffice.channel()))
        .explainObligation(
            ExplainObligationRequest.newBuilder().setObligationId(id).setPurpose("test").build());
  }

  static long changes(String id, ObligationChange.Change kind) {
    return history(id).getEventsList().stream()
        .flatMap(e -> e.getChangesList().stream())
        .filter(c -> c.getChange() == kind)
        .count();
  }

  static String sessionCookie() {
    return "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
  }

  @Test
  @Order(1)
  void theQueueShowsTheConflictEscalatedToJiangsuWithItsDaysLeft() {
    browser.get(base + "/workbench/conflicts?period=" + PERIOD);

    WebElement row = browser.findElement(By.cssSelector("#conflicts tbody tr"));
    assertThat(row.getAttribute("class")).contains("escalated-here");
    assertThat(row.findElement(By.cssSelector(".escalated")).getText()).startsWith(JIANGSU);
    assertThat(row.findElement(By.cssSelector(".days-left")).getText()).matches("剩余 -?[\\d,]+ 天.*");
    Chromium.screenshot(browser, "8-conflicts-and-disputes");
  }

  @Test
  @Order(2)
  void aRulingWithABlankReasonIsRefusedNextToTheReasonFieldAsTheRpcNamesIt() {
    browser.get(base + "/workbench/conflicts?period=" + PERIOD);
    WebElement form = browser.findElement(By.cssSelector("form.rule-conflict"));
    form.findElements(By.name("residenceRegion")).get(1).click();
    // Blanks pass the browser's `required`; the RPC strips them and refuses the field.
    form.findElement(By.name("reason")).sendKeys("   ");
    form.findElement(By.cssSelector("button.rule")).click();

    assertThat(text("error-reason")).startsWith("reason:").contains("1 to 500 characters");
    assertThat(text("form-error")).startsWith("INVALID_ARGUMENT");
    // What was chosen stays chosen.
    assertThat(
            browser
                .findElement(By.cssSelector("form.rule-conflict"))
                .findElements(By.name("residenceRegion"))
                .get(1)
                .isSelected())
        .isTrue();
    Chromium.screenshot(browser, "9-ruling-refused-by-field");
  }

  @Test
  @Order(3)
  void theOfficeRulesTheConflictForSuzhouWithAReasonThatRendersAsText() {
    browser.get(base + "/workbench/conflicts?period=" + PERIOD);
    WebElement form = browser.findElement(By.cssSelector("form.rule-conflict"));
    form.findElement(By.cssSelector("input[value='" + Facts.SUZHOU_GUSU + "']")).click();
    form.findElement(By.name("reason")).sendKeys(PROBE);
    form.findElement(By.cssSelector("button.rule")).click();

    assertThat(text("done")).isEqualTo("冲突已裁定。");
    assertThat(browser.findElements(By.cssSelector("form.rule-conflict"))).isEmpty();
    assertThat(
            coordination(jiangsuOffice)
                .listConflicts(
                    ListConflictsRequest.newBuilder().setRegion(JIANGSU).setCatchUp(true).build())
                .getConflicts(0)
                .getConflict())
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("ruled");
              assertThat(c.getResidenceRegion()).isEqualTo(Facts.SUZHOU_GUSU);
            });
  }

  @Test
  @Order(4)
  void wuxisDisputeShowsItsReasonAsTextAndTheOfficeDismissesIt() {
    browser.get(base + "/workbench/conflicts?period=" + PERIOD);
    assertThat(browser.findElement(By.cssSelector("#disputes .dispute-reason")).getText())
        .isEqualTo("not ours: " + PROBE);
    assertThat(browser.getPageSource()).contains("&lt;script&gt;").doesNotContain("<b>bold</b>");
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);

    WebElement form = browser.findElement(By.cssSelector("form.rule-dispute"));
    form.findElement(By.cssSelector("input[value='dismissed']")).click();
    form.findElement(By.name("reason")).sendKeys("the arrival was Wuxi's own report");
    form.findElement(By.cssSelector("button.rule")).click();

    assertThat(text("done")).isEqualTo("争议已裁定。");
    assertThat(history(disputed).getObligation().getDispute()).isEqualTo("dismissed");
  }

  @Test
  @Order(5)
  void theOfficeWaivesADutyAfterTheRpcRefusedABlankReason() {
    browser.get(obligationPage(toWaive));
    browser.findElement(By.id("waive-reason")).sendKeys(" ");
    browser.findElement(By.id("waive-submit")).click();
    assertThat(text("error-reason")).startsWith("reason:");

    browser.findElement(By.id("waive-reason")).sendKeys(PROBE);
    browser.findElement(By.id("waive-submit")).click();

    assertThat(text("done")).isEqualTo("责任已豁免。");
    assertThat(text("status")).isEqualTo("已豁免");
    assertThat(text("waiver")).contains(PROBE);
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    Chromium.screenshot(browser, "10-waived");
  }

  /** The fields of a form on the browser's page, as the browser would post them. */
  static Map<String, String> fieldsOf(String formSelector) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (WebElement input :
        browser.findElements(By.cssSelector(formSelector + " input[type=hidden]"))) {
      fields.put(input.getAttribute("name"), input.getAttribute("value"));
    }
    return fields;
  }

  static CompletableFuture<HttpResponse<String>> post(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpClient.newHttpClient()
        .sendAsync(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", sessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(6)
  void aWaiverSubmittedTwiceAtOnceActsOnceAndBothAnswersLeadToTheSamePage() throws Exception {
    browser.get(obligationPage(twice));
    Map<String, String> fields = fieldsOf("#waive");
    fields.put("reason", "double click");
    assertThat(fields).containsKeys("actKey", "_csrf", "obligationId");

    CompletableFuture<HttpResponse<String>> first = post("/workbench/acts/waive", fields);
    CompletableFuture<HttpResponse<String>> second = post("/workbench/acts/waive", fields);

    assertThat(List.of(first.get(), second.get()))
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
              assertThat(r.headers().firstValue("Location").orElseThrow()).contains("done=waived");
            });
    assertThat(first.get().headers().firstValue("Location"))
        .isEqualTo(second.get().headers().firstValue("Location"));
    assertThat(changes(twice, ObligationChange.Change.WAIVED)).isEqualTo(1);

    // Once more, later (a reload of the POST): still the first outcome, not OBLIGATION_FINAL.
    HttpResponse<String> third = post("/workbench/acts/waive", fields).get();
    assertThat(third.statusCode()).isEqualTo(302);
    assertThat(changes(twice, ObligationChange.Change.WAIVED)).isEqualTo(1);
  }

  @Test
  @Order(7)
  void aFormWhoseKeyTheSessionNeverIssuedDoesNothing() throws Exception {
    browser.get(obligationPage(disputed));
    Map<String, String> fields = fieldsOf("#waive");
    fields.put("actKey", "forged-" + fields.get("actKey"));
    fields.put("reason", "replayed");

    HttpResponse<String> refused = post("/workbench/acts/waive", fields).get();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("UNKNOWN_ACT_KEY");
    assertThat(changes(disputed, ObligationChange.Change.WAIVED)).isZero();
  }

  @Test
  @Order(8)
  void aWaiverTamperedToActOutsideJiangsuGets403AndAnAccessLogEntry() {
    browser.get(obligationPage(disputed));
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('#waive input[name=obligationId]').value = arguments[0];",
            henans);
    browser.findElement(By.id("waive-reason")).sendKeys("not ours to waive");
    browser.findElement(By.id("waive-submit")).click();

    assertThat(text("refusal")).contains("403");
    assertThat(text("refusal-code")).isEqualTo("PERMISSION_DENIED");
    Chromium.screenshot(browser, "11-outside-jurisdiction-403");
    List<AccessLogEntry> logged = new AccessLogReads(auditor).by("jiangsu-office-acts");
    assertThat(logged)
        .anySatisfy(
            e -> {
              assertThat(e.getAction()).isEqualTo("Coordination.WaiveObligation");
              assertThat(e.getSubjectsList()).containsExactly(henans);
              assertThat(e.getOutcome()).isEqualTo("refused:OUTSIDE_JURISDICTION");
            });
    assertThat(
            auditor
                .authorized(AssessmentGrpc.newBlockingStub(auditor.channel()))
                .explainObligation(
                    ExplainObligationRequest.newBuilder()
                        .setObligationId(henans)
                        .setPurpose("test")
                        .build())
                .getObligation()
                .getWaivedBy())
        .isEmpty();
  }

  @Test
  @Order(9)
  void publishingTwiceAtOncePublishesOnceAndTheDownloadIsTheBytesPublished() throws Exception {
    browser.get(base + "/workbench/published?region=" + Facts.WUXI);
    Map<String, String> fields = fieldsOf("#publish");
    fields.put("region", Facts.WUXI);
    fields.put("period", PERIOD);

    CompletableFuture<HttpResponse<String>> first =
        post("/workbench/acts/publish-scorecard", fields);
    CompletableFuture<HttpResponse<String>> second =
        post("/workbench/acts/publish-scorecard", fields);
    assertThat(List.of(first.get(), second.get()))
        .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(302));

    List<PublishedScorecard> published =
        replay(jiangsuOffice)
            .listPublishedScorecards(
                ListPublishedScorecardsRequest.newBuilder().setRegion(Facts.WUXI).build())
            .getScorecardsList();
    assertThat(published).hasSize(1);
    PublishedScorecard stored =
        replay(jiangsuOffice)
            .getPublishedScorecard(
                GetPublishedScorecardRequest.newBuilder().setId(published.get(0).getId()).build());

    browser.get(base + "/workbench/published?region=" + Facts.WUXI + "&done=published");
    assertThat(browser.findElement(By.cssSelector("#published .sha256")).getText())
        .isEqualTo(stored.getSha256());
    Chromium.screenshot(browser, "12-published-scorecards");
    String href = browser.findElement(By.cssSelector("#published a.download")).getAttribute("href");
    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isNotEmpty().isEqualTo(stored.getCsv().toByteArray());
    assertThat(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())))
        .isEqualTo(stored.getSha256());
  }

  static ReplayGrpc.ReplayBlockingStub replay(HubClient client) {
    return client.authorized(ReplayGrpc.newBlockingStub(client.channel()));
  }

  static Path policyFile(String name, String text) throws Exception {
    Path dir = Files.createTempDirectory("policies");
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static String jiangsuOverride() throws Exception {
    try (var in = WorkbenchActsBrowserIT.class.getResourceAsStream("/policy/jiangsu-2021.1.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  @Order(10)
  void aBrokenPolicyIsRefusedWithEveryProblemByItsPath() throws Exception {
    String broken =
        jiangsuOverride()
            .replace("version: jiangsu-2021.1", "version: \"<script>alert('v')</script>\"")
            .replace("due: {workingDays: 7}", "due: {workingDays: 7, days: 3}");
    browser.get(base + "/workbench/policies");
    browser
        .findElement(By.id("policy-file"))
        .sendKeys(policyFile("broken.yaml", broken).toAbsolutePath().toString());
    browser.findElement(By.id("publish-policy-submit")).click();

    List<String> paths =
        browser.findElements(By.cssSelector("#policy-problems code.path")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(paths).contains("version", "obligations[0].due");
    assertThat(text("form-error")).startsWith("INVALID_ARGUMENT");
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    Chromium.screenshot(browser, "13-broken-policy-by-path");
  }

  @Test
  @Order(11)
  void aPublishedOverrideWhoseTextHoldsScriptAndQuotesShowsItAsTextAndDiffs() throws Exception {
    String named =
        jiangsuOverride()
            .replace("version: jiangsu-2021.1", "version: jiangsu-2027.1")
            .replace("effectiveFrom: 2021-01-01", "effectiveFrom: 2027-01-01")
            .replace("enabled: true", "enabled: false")
            .replaceFirst("description: .*\n", "description: '" + PROBE.replace("'", "''") + "'\n");
    browser.get(base + "/workbench/policies");
    browser
        .findElement(By.id("policy-file"))
        .sendKeys(policyFile("jiangsu-2027.1.yaml", named).toAbsolutePath().toString());
    browser.findElement(By.id("publish-policy-submit")).click();

    assertThat(text("done")).isEqualTo("新版本已发布。");
    // The text as published, byte for byte: the probe as its YAML quoting wrote it.
    assertThat(text("policy-text")).contains("'" + PROBE.replace("'", "''") + "'");
    assertThat(browser.getPageSource()).contains("&lt;script&gt;").doesNotContain("<b>bold</b>");
    assertThat(browser.findElement(By.id("policy-jiangsu-2027.1")).getText())
        .contains("2027-01-01");
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);

    browser.findElement(By.cssSelector("#policy-jiangsu-2021\\.1 input[name=left]")).click();
    browser.findElement(By.cssSelector("#policy-jiangsu-2027\\.1 input[name=right]")).click();
    browser.findElement(By.id("diff-submit")).click();
    assertThat(
            browser.findElements(By.cssSelector("#diff .diff-ADDED")).stream()
                .map(WebElement::getText)
                .toList())
        .contains("+ version: jiangsu-2027.1", "+ effectiveFrom: 2027-01-01");
    assertThat(browser.getPageSource()).doesNotContain("<b>bold</b>");
    Chromium.screenshot(browser, "14-policy-diff");
  }

  @Test
  @Order(12)
  void aReevaluationIsConfirmedAfterItsReplayDiffIsShown() {
    browser.get(base + "/workbench/policies");
    browser.findElement(By.id("reevaluate-region")).clear();
    browser.findElement(By.id("reevaluate-region")).sendKeys(Facts.WUXI);
    browser.findElement(By.id("reevaluate-period")).sendKeys(PERIOD);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("reevaluate-version")))
        .selectByValue("national-2009.1+jiangsu-2027.1");
    browser.findElement(By.id("reevaluate-preview")).click();

    // The 2027 override turns the verification-request duty off: the diff shows those that go.
    Chromium.screenshot(browser, "15-reevaluation-replay-diff");
    List<WebElement> rows = browser.findElements(By.cssSelector("#differences tbody tr"));
    assertThat(rows).as(browser.findElement(By.tagName("main")).getText()).isNotEmpty();
    assertThat(rows.get(0).getText()).contains("verification-request");
    assertThat(new AccessLogReads(auditor).by("jiangsu-office-acts"))
        .anySatisfy(
            e -> {
              assertThat(e.getAction()).isEqualTo("ReevaluationPreviewService.PreviewReevaluation");
              assertThat(e.getOutcome()).isEqualTo("answered");
            });

    browser.findElement(By.id("reevaluate-reason")).sendKeys("checking the override's effect");
    browser.findElement(By.id("reevaluate-submit")).click();
    assertThat(text("done")).startsWith("已重新评估");
  }
}
