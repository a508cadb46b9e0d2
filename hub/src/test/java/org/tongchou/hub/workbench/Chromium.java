package org.tongchou.hub.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tongchou.hub.access.tls.CertificateAuthority;
import org.tongchou.hub.access.tls.Pem;

/**
 * Debian's headless Chromium through its own chromedriver (packages {@code chromium} and {@code
 * chromium-driver}, which test.sh installs): both paths are given, so Selenium Manager never looks
 * for, or downloads, a browser or a driver.
 */
final class Chromium {

  static final String BROWSER = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";
  static final Path SCREENSHOTS = Path.of("target", "workbench-screenshots");

  private Chromium() {}

  static WebDriver start() {
    try {
      return start(Files.createTempDirectory("workbench-chromium"), Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A Chromium that trusts the hub's CA ({@code caCertificate}) and, when {@code holder} names a
   * key and certificate ({@code holder.key}, {@code holder.crt}, as {@code hub ca issue --generate}
   * writes them), presents that certificate to {@code origin} without asking, as the policy
   * AutoSelectCertificateForUrls would. Chromium on Linux keeps client certificates and trusted CAs
   * in the NSS database under {@code $HOME/.pki/nssdb}, so this browser gets a HOME of its own
   * (filled with {@code certutil} and {@code pk12util}, package {@code libnss3-tools}); the
   * auto-selection is the same content setting the policy sets, written into the profile's
   * preferences, so nothing outside the test's folders changes.
   */
  static WebDriver presenting(Path caCertificate, Path holder, String origin) {
    try {
      Path home = Files.createTempDirectory("workbench-chromium-home");
      Path nss = Files.createDirectories(home.resolve(".pki/nssdb"));
      String db = "sql:" + nss;
      run("certutil", "-N", "-d", db, "--empty-password");
      run(
          "certutil",
          "-A",
          "-d",
          db,
          "-n",
          "tongchou-ca",
          "-t",
          "C,,",
          "-i",
          caCertificate.toString());
      Path profile = Files.createTempDirectory("workbench-chromium");
      if (holder != null) {
        Path p12 = home.resolve("holder.p12");
        writePkcs12(holder, p12);
        run("pk12util", "-i", p12.toString(), "-d", db, "-W", PKCS12_PASSWORD);
        X509Certificate certificate = CertificateAuthority.read(Path.of(holder + ".crt"));
        String cn =
            new LdapName(certificate.getSubjectX500Principal().getName())
                .getRdns().stream()
                    .filter(r -> r.getType().equalsIgnoreCase("CN"))
                    .findFirst()
                    .orElseThrow()
                    .getValue()
                    .toString();
        Files.createDirectories(profile.resolve("Default"));
        Files.writeString(
            profile.resolve("Default/Preferences"),
            "{\"profile\":{\"content_settings\":{\"exceptions\":{\"auto_select_certificate\":{\""
                + origin
                + ",*\":{\"setting\":{\"filters\":[{\"SUBJECT\":{\"CN\":\""
                + cn
                + "\"}}]}}}}}}}");
      }
      return start(profile, Map.of("HOME", home.toString()));
    } catch (IOException | GeneralSecurityException | InvalidNameException e) {
      throw new IllegalStateException("cannot prepare Chromium's certificate store", e);
    }
  }

  static final String PKCS12_PASSWORD = "workbench-test";

  /** {@code holder.key} and {@code holder.crt} as one PKCS#12 file, as browsers import them. */
  static KeyStore pkcs12(Path holder) throws IOException, GeneralSecurityException {
    PrivateKey key =
        KeyFactory.getInstance("EC")
            .generatePrivate(
                new PKCS8EncodedKeySpec(Pem.read(Path.of(holder + ".key"), "PRIVATE KEY")));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "holder",
        key,
        PKCS12_PASSWORD.toCharArray(),
        new Certificate[] {CertificateAuthority.read(Path.of(holder + ".crt"))});
    return store;
  }

  private static void writePkcs12(Path holder, Path file)
      throws IOException, GeneralSecurityException {
    try (OutputStream out = Files.newOutputStream(file)) {
      pkcs12(holder).store(out, PKCS12_PASSWORD.toCharArray());
    }
  }

  private static void run(String... command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    try {
      if (process.waitFor() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static WebDriver start(Path profile, Map<String, String> environment) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    if (System.getenv("WBCERT_NETLOG") != null) {
      options.addArguments(
          "--log-net-log=" + profile + "/netlog.json", "--net-log-capture-mode=Everything");
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(DRIVER).toFile())
            .withEnvironment(environment)
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    return driver;
  }

  /** Saves what the browser shows as {@code target/workbench-screenshots/NAME.png}. */
  static void screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs in with a token and waits until the page carries the sign-out button: on a loaded machine
   * the click can return before the sign-in has answered, and a test's next navigation would cut it
   * off. What the browser showed is saved as {@code after-sign-in}.
   */
  static void signIn(WebDriver driver, String base, String token) {
    driver.get(base + "/workbench/sign-in");
    driver.findElement(By.id("token")).sendKeys(token);
    driver.findElement(By.id("sign-in")).click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    } finally {
      screenshot(driver, "after-sign-in");
    }
  }
}
