package org.tongchou.hub.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.IdentitiesGrpc;
import org.tongchou.proto.v1.LinkRequestsServiceGrpc;
import org.tongchou.proto.v1.ListLinkRequestsRequest;
import org.tongchou.proto.v1.ListedLinkRequest;
import org.tongchou.proto.v1.RequestLinkRequest;

/**
 * Henan's office on the identity links page in a real browser (Debian's headless Chromium) against
 * a hub on PostgreSQL: Wuxi asked to link a mistyped number of a woman registered in 中原区 into her
 * real one; a decline with a blank reason is refused by the RPC and shown next to its field; the
 * office confirms the link, which then shows among the links made with a split form.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchLinksBrowserIT {

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static String linkId;
  static String base;
  static WebDriver browser;

  @BeforeAll
  static void wuxiAsksToLinkTwoNumbers() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("workbenchlinks"));
    base = "http://127.0.0.1:" + hub.getEnvironment().getProperty("local.server.port");
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    String real = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    LocalDate born =
        LocalDate.parse(
            real.substring(6, 10) + "-" + real.substring(10, 12) + "-" + real.substring(12, 14));
    String mistyped =
        IdNumbers.of(
            Facts.ZHENGZHOU_ZHONGYUAN, born.plusDays(1), Integer.parseInt(real.substring(14, 17)));
    wuxi.submitOne(Facts.arrival(real, Facts.WUXI_BINHU, "2026-03-01"));
    wuxi.submitOne(Facts.arrival(mistyped, Facts.WUXI_BINHU, "2026-03-02"));
    linkId =
        wuxi.authorized(IdentitiesGrpc.newBlockingStub(wuxi.channel()))
            .requestLink(
                RequestLinkRequest.newBuilder()
                    .setKeepIdNumber(real)
                    .setAliasIdNumber(mistyped)
                    .setReason("one woman; the second number was mistyped")
                    .build())
            .getLinkId();
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    String token =
        hub.getBean(CredentialStore.class).issue(Role.OFFICE, Facts.HENAN, "henan-office-links");
    browser = Chromium.start();
    Chromium.signIn(browser, base, token);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    wuxi.close();
    hub.close();
  }

  static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  static WebElement pendingRow() {
    return browser.findElements(By.cssSelector("#pending-links tr.pending-link")).stream()
        .filter(r -> r.findElement(By.cssSelector(".link-id")).getText().equals(linkId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @Order(0)
  void theOverviewCountsThePendingLinkAndLinksToItsList() {
    browser.get(base + "/workbench/");
    assertThat(text("count-pending-links")).startsWith("1 ");
    browser.findElement(By.id("count-pending-links")).click();
    assertThat(pendingRow().getText()).contains(Facts.WUXI);
  }

  @Test
  @Order(1)
  void aDeclineWithABlankReasonIsRefusedNextToTheReasonFieldAsTheRpcNamesIt() {
    browser.get(base + "/workbench/links");
    assertThat(pendingRow().getText()).contains(Facts.WUXI).contains(Facts.ZHENGZHOU_ZHONGYUAN);
    WebElement form = pendingRow().findElement(By.cssSelector("form.decline-link"));
    // Blanks pass the browser's `required`; the RPC strips them and refuses the field.
    form.findElement(By.name("reason")).sendKeys("   ");
    form.findElement(By.cssSelector("button.decline")).click();

    assertThat(text("error-reason")).startsWith("reason:").contains("1 to 500 characters");
    assertThat(text("form-error")).startsWith("INVALID_ARGUMENT");
    assertThat(pendingRow().getText()).as("still waiting").contains(Facts.WUXI);
    Chromium.screenshot(browser, "17-link-decline-refused-by-field");
  }

  @Test
  @Order(2)
  void henansOfficeConfirmsThePendingLinkWhichThenShowsWithASplitForm() {
    browser.get(base + "/workbench/links");
    pendingRow().findElement(By.cssSelector("form.confirm-link button.confirm")).click();

    assertThat(text("done")).isEqualTo("关联已确认。");
    assertThat(browser.findElements(By.cssSelector("#pending-links .link-id")))
        .extracting(WebElement::getText)
        .doesNotContain(linkId);
    WebElement linked =
        browser.findElements(By.cssSelector("#linked-links tr.linked-link")).stream()
            .filter(r -> r.getText().contains(linkId))
            .findFirst()
            .orElseThrow();
    assertThat(linked.findElements(By.cssSelector("form.split-link"))).hasSize(1);
    List<ListedLinkRequest> byWuxi =
        wuxi.authorized(LinkRequestsServiceGrpc.newBlockingStub(wuxi.channel()))
            .listLinkRequests(
                ListLinkRequestsRequest.newBuilder().setStatus("linked").setCatchUp(true).build())
            .getLinkRequestsList();
    assertThat(byWuxi)
        .filteredOn(r -> r.getLinkId().equals(linkId))
        .singleElement()
        .satisfies(r -> assertThat(r.getDecidedBy()).isEqualTo(Facts.HENAN));
    Chromium.screenshot(browser, "16-identity-links");
  }
}
