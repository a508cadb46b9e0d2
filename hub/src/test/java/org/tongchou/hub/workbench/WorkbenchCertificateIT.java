package org.tongchou.hub.workbench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.tls.CertificateAuthority;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.AccessLogReads;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestCa;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.Side;

/**
 * The workbench on a hub whose HTTP port has TLS from its own CA ({@code
 * tongchou.http.tls.ca-dir}), in Debian's headless Chromium holding a client certificate in its NSS
 * database: Jiangsu's office signs in by certificate, sees the overview and an obligation's facts
 * (access-logged under the certificate), and its session cookie is Secure, HttpOnly and
 * SameSite=Strict; a region's certificate and a revoked one are refused with the page that says
 * why; a browser without a certificate is offered no certificate sign-in and signs in by token; a
 * certificate revoked during a session stops working at once.
 */
class WorkbenchCertificateIT {

  static final String JIANGSU = "320000";
  static final String PERIOD = "2026-Q2";

  @TempDir static Path dir;
  static Path ca;
  static ConfigurableApplicationContext hub;
  static String base;
  static String obligation;
  static HubClient wuxi;
  static HubClient jiangsuOffice;
  final List<WebDriver> browsers = new ArrayList<>();

  @BeforeAll
  static void startAHubWithTlsOnItsHttpPort() {
    ca = dir.resolve("ca");
    TestCa.init(ca);
    issue("--office", JIANGSU, "jiangsu");
    issue("--office", JIANGSU, "jiangsu-revoked");
    issue("--office", JIANGSU, "jiangsu-revoked-later");
    issue("--region", Facts.WUXI, "wuxi");
    hub =
        TestHub.startOnPostgres(
            Stream.concat(
                    Stream.of(TestHub.inFreshSchema("wbcert")),
                    Stream.of("--tongchou.http.tls.ca-dir=" + ca))
                .toArray(String[]::new));
    base = "https://127.0.0.1:" + hub.getEnvironment().getProperty("local.server.port");
    revoke("jiangsu-revoked");
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    jiangsuOffice = TestHub.clientAs(hub, Role.OFFICE, JIANGSU);
    String woman = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    wuxi.submit(
        List.of(
            Facts.arrival(woman, Facts.WUXI_BINHU, "2026-04-01"),
            Facts.verificationRequested(woman, Facts.WUXI_BINHU, "2026-04-05", false)));
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    obligation =
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
  }

  @AfterAll
  static void stopHub() {
    if (wuxi != null) {
      wuxi.close();
    }
    if (jiangsuOffice != null) {
      jiangsuOffice.close();
    }
    if (hub != null) {
      hub.close();
    }
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(WebDriver::quit);
  }

  static void issue(String role, String code, String holder) {
    TestCa.issue(ca, dir.resolve(holder), role, code);
  }

  static X509Certificate certificate(String holder) throws Exception {
    return CertificateAuthority.read(dir.resolve(holder + ".crt"));
  }

  static void revoke(String holder) {
    try {
      X509Certificate certificate = certificate(holder);
      hub.getBean(CredentialStore.class)
          .revokeCertificate(
              certificate.getSerialNumber().toString(16),
              certificate.getSubjectX500Principal().getName(),
              "lost laptop");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  WebDriver browserOf(String holder) {
    WebDriver browser =
        Chromium.presenting(
            ca.resolve("ca.crt"), holder == null ? null : dir.resolve(holder), base);
    browsers.add(browser);
    return browser;
  }

  /** Signs in by certificate and waits for the answer: a workbench page or the refusal. */
  static void signInByCertificate(WebDriver browser) {
    browser.get(base + "/workbench/sign-in");
    browser.findElement(By.id("sign-in-certificate")).click();
    try {
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(
              ExpectedConditions.or(
                  ExpectedConditions.presenceOfElementLocated(By.id("sign-out")),
                  ExpectedConditions.presenceOfElementLocated(By.id("refused"))));
    } catch (org.openqa.selenium.TimeoutException e) {
      Chromium.screenshot(browser, "cert-sign-in-timeout");
      throw new AssertionError(browser.getCurrentUrl() + "\n" + browser.getPageSource(), e);
    }
  }

  @Test
  void anOfficesCertificateSignsInToTheOverviewWithAStrictSecureSessionCookie() throws Exception {
    WebDriver browser = browserOf("jiangsu");
    browser.get(base + "/workbench/sign-in");
    Chromium.screenshot(browser, "cert-0-sign-in");

    signInByCertificate(browser);
    browser.get(base + "/workbench/?period=" + PERIOD);

    assertThat(browser.findElement(By.id("row-" + Facts.WUXI)).getText()).contains("无锡");
    assertThat(browser.findElement(By.id("inflow-" + Facts.WUXI)).getText())
        .matches("\\d+\\.\\d\\d");
    Chromium.screenshot(browser, "cert-1-overview");
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    assertThat(session.isSecure()).isTrue();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Strict");
  }

  @Test
  void pagesReadWithACertificateAreAccessLoggedUnderIt() throws Exception {
    WebDriver browser = browserOf("jiangsu");

    signInByCertificate(browser);
    browser.get(base + "/workbench/obligation?id=" + URLEncoder.encode(obligation, UTF_8));

    assertThat(browser.findElements(By.cssSelector("#events tbody tr"))).isNotEmpty();
    List<AccessLogEntry> logged =
        new AccessLogReads(TestHub.clientAs(hub, Role.AUDITOR, null))
            .by("certificate " + certificate("jiangsu").getSubjectX500Principal().getName());
    assertThat(logged)
        .extracting(AccessLogEntry::getAction)
        .contains("Assessment.ExplainObligation");
  }

  @Test
  void aRegionsCertificateIsRefusedWithAPageThatSaysWhy() {
    WebDriver browser = browserOf("wuxi");

    signInByCertificate(browser);

    assertThat(browser.findElement(By.id("refused-region")).getText()).contains(Facts.WUXI);
    Chromium.screenshot(browser, "cert-2-region-refused");
    browser.get(base + "/workbench/");
    assertThat(browser.getCurrentUrl()).endsWith("/workbench/sign-in");
  }

  @Test
  void aRevokedCertificateIsRefusedWithAPageThatSaysWhy() throws Exception {
    WebDriver browser = browserOf("jiangsu-revoked");

    signInByCertificate(browser);

    assertThat(browser.findElement(By.id("refused-revoked")).getText())
        .contains(certificate("jiangsu-revoked").getSerialNumber().toString(16));
    Chromium.screenshot(browser, "cert-3-revoked-refused");
    browser.get(base + "/workbench/");
    assertThat(browser.getCurrentUrl()).endsWith("/workbench/sign-in");
  }

  @Test
  void aCertificateRevokedDuringTheSessionStopsWorkingAtOnce() throws Exception {
    WebDriver browser = browserOf("jiangsu-revoked-later");
    signInByCertificate(browser);
    assertThat(browser.findElements(By.id("sign-out"))).isNotEmpty();

    revoke("jiangsu-revoked-later");
    browser.get(base + "/workbench/obligation?id=" + URLEncoder.encode(obligation, UTF_8));

    // The in-process channel's interceptor recognised the certificate again, as the gRPC port does.
    assertThat(browser.findElement(By.id("refusal-code")).getText()).isEqualTo("UNAUTHENTICATED");
    assertThat(browser.findElement(By.id("refusal-message")).getText())
        .isEqualTo(
            "the certificate "
                + certificate("jiangsu-revoked-later").getSerialNumber().toString(16)
                + " is revoked");
    browser.get(base + "/workbench/?period=" + PERIOD);
    assertThat(browser.findElement(By.id("refusal")).getText()).contains("401");
  }

  @Test
  void withoutACertificateTheTokenStillSignsIn() {
    WebDriver browser = browserOf(null);
    String token =
        hub.getBean(CredentialStore.class).issue(Role.OFFICE, JIANGSU, "jiangsu-office-token");

    browser.get(base + "/workbench/sign-in");
    assertThat(browser.findElements(By.id("sign-in-certificate"))).isEmpty();
    Chromium.signIn(browser, base, token);

    assertThat(browser.findElements(By.id("sign-out"))).isNotEmpty();
    assertThat(browser.manage().getCookieNamed("JSESSIONID").isSecure()).isTrue();
  }

  @Test
  void theCertificateSignInIsAFormWithItsCsrfTokenLikeEveryOther() throws Exception {
    HttpClient office = mutualTls("jiangsu");

    HttpResponse<String> forged =
        office.send(
            HttpRequest.newBuilder(URI.create(base + "/workbench/sign-in/certificate"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> form =
        office.send(
            HttpRequest.newBuilder(URI.create(base + "/workbench/sign-in")).build(),
            HttpResponse.BodyHandlers.ofString());

    // A page on another site cannot sign its visitor in as the office (login CSRF).
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(form.body()).contains("sign-in-certificate").contains("name=\"_csrf\"");
    assertThat(form.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("Secure", "HttpOnly", "SameSite=Strict");
  }

  /** An HTTP client that trusts the hub's CA and presents {@code holder}'s certificate. */
  static HttpClient mutualTls(String holder) throws Exception {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(Chromium.pkcs12(dir.resolve(holder)), Chromium.PKCS12_PASSWORD.toCharArray());
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("ca", CertificateAuthority.read(ca.resolve("ca.crt")));
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(tls).build();
  }
}
