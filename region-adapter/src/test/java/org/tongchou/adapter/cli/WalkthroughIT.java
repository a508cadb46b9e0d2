package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.hub.access.domain.Role;

/**
 * The README's walk-through, step by step, with the real hub on PostgreSQL ({@link WalkthroughHub})
 * and the real CLI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkthroughIT {

  static final String WANG_FANG = "410102199003071521";

  @TempDir static Path dir;
  static WalkthroughHub hub;
  static String address;
  static Path wuxiToken;
  static Path henanToken;

  @BeforeAll
  static void startHubAndIssueCredentials() throws Exception {
    hub = WalkthroughHub.start(dir);
    address = hub.address;
    wuxiToken = hub.credential(Role.REGION, "320200", "wuxi");
    henanToken = hub.credential(Role.REGION, "410000", "henan");
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  static CommandRun push(String file, Path token) {
    return hub.push(file, token);
  }

  @Test
  @Order(1)
  void wuxiPushesTheExampleFileAndEveryLineIsAccepted() {
    CommandRun run = push("wuxi-arrivals.jsonl", wuxiToken);

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).containsPattern("accepted +11\\n").containsPattern("refused +0\\n");
  }

  @Test
  @Order(2)
  void pushingItAgainReturnsOnlyDuplicates() {
    CommandRun run = push("wuxi-arrivals.jsonl", wuxiToken);

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).containsPattern("accepted +0\\n").containsPattern("duplicate +11\\n");
  }

  @Test
  @Order(3)
  void theBrokenFileNamesEveryRefusalAndItsOneGoodLineGoesThrough() {
    CommandRun run = push("wuxi-broken.jsonl", wuxiToken);

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).containsPattern("accepted +1\\n").containsPattern("refused +8\\n");
    assertThat(run.out())
        .contains(
            "line 1  320211-2026-900001  person.idNumber  INVALID_ARGUMENT",
            "line 2  320211-2026-900002  person.sex  INVALID_ARGUMENT",
            "line 3  320211-2026-900003  region  INVALID_ARGUMENT",
            "line 4  320508-2026-900004  region  PERMISSION_DENIED",
            "line 5  320211-2026-900005  occurredOn  INVALID_ARGUMENT",
            "line 6  320211-2026-900006  type  INVALID_ARGUMENT",
            "line 7  320211-2026-000001  recordId  ALREADY_EXISTS",
            "line 8  320206-2026-900009  region  FAILED_PRECONDITION");
  }

  @Test
  @Order(4)
  void henanReadsTheTimelineOfAPersonRegisteredThere() {
    CommandRun run =
        CommandRun.of(
            "timeline", WANG_FANG, "--hub", address, "--token-file", henanToken.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("王芳")
        .contains("320211")
        .contains("ArrivalRegistered")
        .contains("AgreementSigned");
  }

  @Test
  @Order(5)
  void aRegionWithNoRelationshipCannotTellThePersonExists() throws Exception {
    Path suzhou = hub.credential(Role.REGION, "320500", "suzhou");

    CommandRun run =
        CommandRun.of("timeline", WANG_FANG, "--hub", address, "--token-file", suzhou.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("NOT_FOUND");
  }

  @Test
  @Order(6)
  void henanFollowsItsFeedAndSeesEveryAcceptedFactAboutItsPeopleWithoutIdentities() {
    CommandRun run =
        CommandRun.of(
            "tail",
            "--hub",
            address,
            "--token-file",
            henanToken.toString(),
            "--after",
            "0",
            "--kind",
            "fact",
            "--count",
            "12");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out().lines().filter(line -> line.contains("  fact  "))).hasSize(12);
    assertThat(run.out())
        .contains("320211-2026-000001", "320211-2026-900008")
        .doesNotContain(WANG_FANG)
        .doesNotContain("王芳");
  }
}
