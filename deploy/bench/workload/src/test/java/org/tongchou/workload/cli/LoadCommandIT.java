package org.tongchou.workload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.adapter.cli.CommandRun;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.TestHub;

/**
 * {@code load} against a real hub on PostgreSQL over loopback gRPC, at a size that fits a test: the
 * credentials are issued over the hub's RPC with a national office's token, and every fact reaches
 * every feed of its county (3 counties, 7 feeds: 2 or 3 feeds each).
 */
class LoadCommandIT {

  @TempDir static Path dir;
  static ConfigurableApplicationContext hub;
  static Path nationalOffice;

  @BeforeAll
  static void aHubAndANationalOfficesToken() throws Exception {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("load"));
    nationalOffice =
        Files.writeString(
            dir.resolve("national.token"),
            hub.getBean(CredentialStore.class).issue(Role.OFFICE, null, "load-national"));
  }

  @AfterAll
  static void stop() {
    hub.close();
  }

  /** 3 counties push 6 facts/s in all for 3 s while 7 feeds follow them. */
  static CommandRun load(int graceSeconds) {
    return CommandRun.with(
        Workload::commandLine,
        "load",
        "--hub",
        "127.0.0.1:" + TestHub.grpcPort(hub),
        "--token-file",
        nationalOffice.toString(),
        "--regions",
        "3",
        "--subscriptions",
        "7",
        "--rate",
        "6",
        "--seconds",
        "3",
        "--grace",
        String.valueOf(graceSeconds));
  }

  @Test
  void everyFactPushedByEveryRegionReachesEveryFeedOfItsCounty() {
    CommandRun run = load(30);

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("Load run ", "3 regions, 7 feeds")
        .containsPattern("Accepted 18 facts \\(0 refused\\); 42 deliveries to 7 feeds, 0 missing")
        .contains("Errors: none");
  }

  @Test
  void givenNoGraceWhatHadNotArrivedIsFoundLateInTheFeedAndNothingIsLost() {
    CommandRun run = load(0);

    // Without a grace the last facts have usually not reached every feed yet: those are read
    // again from the feed's start and found there, after what each feed had delivered.
    Matcher counts =
        Pattern.compile("(\\d+) deliveries to 7 feeds, (\\d+) missing").matcher(run.out());
    assertThat(counts.find()).as(run.out() + run.err()).isTrue();
    assertThat(Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2))).isEqualTo(42);
    assertThat(run.out())
        .containsPattern(
            "Missing after the grace: " + counts.group(2) + " late .*, 0 skipped .*, 0 absent")
        .contains("Errors: none");
  }

  @Test
  void theCountiesOfARunAreDistinctAndSpreadOverTheProvinces() {
    var counties = LoadCommand.counties(50);

    assertThat(counties).hasSize(50).doesNotHaveDuplicates().allMatch(c -> c.matches("\\d{6}"));
    assertThat(counties.stream().map(c -> c.substring(0, 2)).distinct().count()).isGreaterThan(25);
  }
}
