package org.tongchou.hub.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
      Path profile = Files.createTempDirectory("workbench-chromium");
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
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build();
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
