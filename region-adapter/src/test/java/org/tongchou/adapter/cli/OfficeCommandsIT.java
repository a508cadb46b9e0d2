package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.testing.Facts;
import org.tongchou.proto.v1.ListedConflict;
import org.tongchou.proto.v1.PublishedScorecard;

/**
 * The {@code office} acts against the real hub on PostgreSQL, over a real gRPC channel: Jiangsu's
 * office (320000) lists a conflict between two of its cities and rules on it, waives a duty, rules
 * on Wuxi's dispute, re-evaluates a quarter and publishes Wuxi's scorecards; Henan's office
 * confirms, splits and declines links of two ID numbers; the national office publishes a broken
 * policy and then a sound one; Wuxi disputes with its region credential. Guangdong's office
 * (440000), outside that subtree, is refused with exit 1 and the refusal naming the field.
 */
class OfficeCommandsIT {

  @TempDir static Path dir;
  static WalkthroughHub hub;
  static OfficeScene scene;
  static Path jiangsu;
  static Path guangdong;
  static Path henan;
  static Path national;
  static Path wuxi;

  @BeforeAll
  static void start() throws Exception {
    hub = WalkthroughHub.start(dir);
    scene = new OfficeScene(hub.context);
    jiangsu = hub.credential(Role.OFFICE, "320000", "jiangsu");
    guangdong = hub.credential(Role.OFFICE, "440000", "guangdong");
    henan = hub.credential(Role.OFFICE, Facts.HENAN, "henan");
    national = hub.credential(Role.OFFICE, null, "national");
    wuxi = hub.credential(Role.REGION, Facts.WUXI, "wuxi");
  }

  @AfterAll
  static void stop() {
    scene.close();
    hub.close();
  }

  @Test
  void theJiangsuOfficeRulesOnAConflictBetweenTwoOfItsCitiesAndTheListFollows() {
    ListedConflict listed = scene.twoCitiesClaimOneWoman();
    String id = listed.getConflict().getConflictId();
    String row = "(?m)^  " + Pattern.quote(id) + "  " + listed.getPersonKey() + "  %s +";

    CommandRun open =
        as(jiangsu, "office", "conflicts", "--region", "320000", "--status", "open", "--catch-up");

    assertThat(open.exitCode()).as(open.err()).isZero();
    assertThat(open.out())
        .containsPattern(
            String.format(row, "open")
                + "2026-04-01 +320211 +320508 +320211 +320000 +\\d{4}-\\d\\d-\\d\\d +320211$");

    CommandRun run =
        as(
            jiangsu,
            "office",
            "rule-conflict",
            id,
            "--person",
            listed.getPersonKey(),
            "--residence-region",
            Facts.SUZHOU_GUSU,
            "--reason",
            "tenancy records show 姑苏区 from April");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Conflict " + id + "\n")
        .containsPattern("(?m)^  status +ruled$")
        .containsPattern("(?m)^  residence_region +" + Facts.SUZHOU_GUSU + "$")
        .containsPattern("(?m)^  existing\\.region +" + Facts.WUXI_BINHU + "$");
    assertThat(scene.conflictOf(listed.getPersonKey()).getConflict().getStatus())
        .isEqualTo("ruled");
    assertThat(as(jiangsu, "office", "conflicts", "--region", "320000", "--status", "ruled").out())
        .containsPattern(String.format(row, "ruled"));
  }

  @Test
  void anOfficeOfAnotherProvinceMayNotRuleOnItAndIsToldWhichOfficeMay() {
    ListedConflict listed = scene.twoCitiesClaimOneWoman();

    CommandRun run =
        as(
            guangdong,
            "office",
            "rule-conflict",
            listed.getConflict().getConflictId(),
            "--person",
            listed.getPersonKey(),
            "--residence-region",
            Facts.SUZHOU_GUSU,
            "--reason",
            "not ours to say");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("rule-conflict: PERMISSION_DENIED: ")
        .contains("office 320000", "(OUTSIDE_JURISDICTION)");
    assertThat(scene.conflictOf(listed.getPersonKey()).getConflict().getStatus()).isEqualTo("open");
  }

  @Test
  void theJiangsuOfficeWaivesAWuxiDutyAndASecondWaiverIsRefusedAsFinal() {
    String id = scene.verificationOfANewArrival();

    CommandRun run =
        as(jiangsu, "office", "waive", id, "--reason", "duplicate registration, \"see\" <file 7>");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Obligation " + id + "\n")
        .containsPattern("(?m)^  status +waived$")
        .containsPattern("(?m)^  waived_by +320000$")
        .containsPattern("(?m)^  waiver_reason +duplicate registration, \"see\" <file 7>$");

    CommandRun again = as(jiangsu, "office", "waive", id, "--reason", "again");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("FAILED_PRECONDITION", "(OBLIGATION_FINAL)");
  }

  @Test
  void anOfficeOutsideTheSubtreeMayNotWaiveAndTheRefusalNamesTheField() {
    String id = scene.verificationOfANewArrival();

    CommandRun run = as(guangdong, "office", "waive", id, "--reason", "not ours");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("waive: PERMISSION_DENIED: ")
        .contains("(OUTSIDE_JURISDICTION)")
        .containsPattern("(?m)^  obligation_id: binds 320211, outside your jurisdiction$");
  }

  @Test
  void anEmptyReasonIsRefusedByTheHubNamingTheField() {
    String id = scene.verificationOfANewArrival();

    CommandRun run = as(jiangsu, "office", "waive", id, "--reason", "");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("INVALID_ARGUMENT").containsPattern("(?m)^  reason: ");
  }

  @Test
  void wuxiDisputesADutyWithItsRegionCredentialAndTheOfficeUpholdsItForAnotherDistrict() {
    String id = scene.verificationOfANewArrival();

    CommandRun disputed =
        as(wuxi, "office", "dispute", id, "--reason", "she lives in 梁溪区, wrong district");

    assertThat(disputed.exitCode()).as(disputed.err()).isZero();
    assertThat(disputed.out())
        .containsPattern("(?m)^  dispute +disputed$")
        .containsPattern("(?m)^  disputed_by +" + Facts.WUXI + "$")
        .containsPattern("(?m)^  dispute_reason +she lives in 梁溪区, wrong district$");

    CommandRun ruled =
        as(
            jiangsu,
            "office",
            "rule-dispute",
            id,
            "--upheld-for",
            "320213",
            "--reason",
            "checked with 梁溪区");

    assertThat(ruled.exitCode()).as(ruled.err()).isZero();
    assertThat(ruled.out())
        .containsPattern("(?m)^  status +reassigned$")
        .containsPattern("(?m)^  dispute +upheld$")
        .containsPattern("(?m)^  replaced_by +.*#2$");
  }

  @Test
  void anOfficeMayNotDisputeOnlyTheResponsibleRegionDoes() {
    String id = scene.verificationOfANewArrival();

    CommandRun run = as(jiangsu, "office", "dispute", id, "--reason", "not ours");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("PERMISSION_DENIED", "(REGION_ONLY)");
  }

  @Test
  void aBrokenPolicyIsRefusedWithEachProblemByItsPathAndASoundOneIsPublished() throws Exception {
    String sound =
        new String(ShippedPolicies.bytes("national-2009.1.yaml"), StandardCharsets.UTF_8)
            .replace("version: national-2009.1", "version: national-2027.1")
            .replace("effectiveFrom: 2009-10-01", "effectiveFrom: 2027-01-01");
    Path broken =
        Files.writeString(
            dir.resolve("broken.yaml"),
            sound.replaceFirst("due: \\{days: 30}", "due: {days: 30, weeks: 1}"));

    CommandRun refused = as(national, "office", "publish-policy", broken.toString());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .startsWith("publish-policy: INVALID_ARGUMENT: ")
        .containsPattern("(?m)^  obligations\\[0]\\.due\\.weeks: ");
    assertThat(refused.out()).isEmpty();

    Path file = Files.writeString(dir.resolve("national-2027.1.yaml"), sound);
    CommandRun published = as(national, "office", "publish-policy", file.toString());

    assertThat(published.exitCode()).as(published.err()).isZero();
    assertThat(published.out())
        .startsWith("Policy national-2027.1 published\n")
        .containsPattern("(?m)^  scope +national$")
        .containsPattern("(?m)^  effective_from +2027-01-01$")
        .containsPattern("(?m)^  sha256 +" + sha256(Files.readAllBytes(file)) + "$");
    assertThat(as(national, "office", "publish-policy", file.toString()).out())
        .startsWith("Policy national-2027.1 unchanged");
  }

  @Test
  void aProvincesOfficeMayNotPublishANationalVersion() throws Exception {
    Path file =
        Files.write(
            dir.resolve("national-2028.1.yaml"),
            new String(ShippedPolicies.bytes("national-2009.1.yaml"), StandardCharsets.UTF_8)
                .replace("version: national-2009.1", "version: national-2028.1")
                .getBytes(StandardCharsets.UTF_8));

    CommandRun run = as(jiangsu, "office", "publish-policy", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("publish-policy: PERMISSION_DENIED: ");
  }

  @Test
  void theJiangsuOfficeReevaluatesAQuarterOfWuxiAndABadPeriodIsRefusedNamingIt() {
    scene.verificationOfANewArrival();

    CommandRun run =
        as(
            jiangsu,
            "office",
            "reevaluate",
            "--region",
            Facts.WUXI,
            "--period",
            "2026-Q1",
            "--policy",
            "national-2009.1+jiangsu-2021.1",
            "--reason",
            "the rules in force, again");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Re-evaluated 320200 2026-Q1 under national-2009.1+jiangsu-2021.1\n")
        .containsPattern("(?m)^  persons +[1-9]\\d*$")
        .containsPattern("(?m)^  changed +\\d+$");

    CommandRun bad =
        as(
            jiangsu,
            "office",
            "reevaluate",
            "--region",
            Facts.WUXI,
            "--period",
            "2026-13",
            "--policy",
            "national-2009.1",
            "--reason",
            "x");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("INVALID_ARGUMENT").containsPattern("(?m)^  period: ");
  }

  @Test
  void theJiangsuOfficePublishesWuxisScorecardsAndTheHubKeepsTheBytesItsHashNames()
      throws Exception {
    scene.verificationOfANewArrival();

    CommandRun run =
        as(jiangsu, "office", "publish-scorecard", "--region", Facts.WUXI, "--period", "2026");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Published scorecard 320200/2026/");
    String id = run.out().lines().findFirst().orElseThrow().substring(20);
    PublishedScorecard kept = scene.published(id);
    assertThat(kept.getCsv().size()).isPositive();
    assertThat(run.out())
        .containsPattern("(?m)^  sha256 +" + sha256(kept.getCsv().toByteArray()) + "$")
        .containsPattern("(?m)^  published_by +320000$")
        .containsPattern("(?m)^  csv +" + kept.getCsv().size() + " bytes$");

    CommandRun outside =
        as(guangdong, "office", "publish-scorecard", "--region", Facts.WUXI, "--period", "2026");
    assertThat(outside.exitCode()).isEqualTo(1);
    assertThat(outside.err()).contains("PERMISSION_DENIED");
  }

  @Test
  void henansOfficeConfirmsALinkWuxiAskedForAndThenSplitsIt() {
    String link = scene.wuxiAsksToLinkTwoNumbersOfOneWoman();

    CommandRun listed = as(henan, "office", "links", "--status", "pending", "--catch-up");
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out())
        .contains(link)
        .containsPattern(
            "(?m)^  " + java.util.regex.Pattern.quote(link) + " +pending +" + Facts.WUXI);

    CommandRun confirmed = as(henan, "office", "confirm-link", link);

    assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
    assertThat(confirmed.out())
        .startsWith("Link " + link + "\n")
        .containsPattern("(?m)^  status +linked$")
        .containsPattern("(?m)^  requested_by +" + Facts.WUXI + "$");

    CommandRun split =
        as(henan, "office", "split-link", link, "--reason", "two different women after all");

    assertThat(split.exitCode()).as(split.err()).isZero();
    assertThat(split.out()).containsPattern("(?m)^  status +split$");
  }

  @Test
  void henansOfficeDeclinesALinkAndTheRequesterMayNotConfirmItsOwn() {
    String link = scene.wuxiAsksToLinkTwoNumbersOfOneWoman();

    CommandRun own = as(wuxi, "office", "confirm-link", link);
    assertThat(own.exitCode()).isEqualTo(1);
    assertThat(own.err()).contains("PERMISSION_DENIED", "(NOT_SECOND_PARTY)");

    CommandRun declined =
        as(henan, "office", "decline-link", link, "--reason", "two women, two numbers");

    assertThat(declined.exitCode()).as(declined.err()).isZero();
    assertThat(declined.out()).containsPattern("(?m)^  status +declined$");
  }

  static CommandRun as(Path token, String... args) {
    return CommandRun.of(
        Stream.concat(
                Stream.of(args), Stream.of("--hub", hub.address, "--token-file", token.toString()))
            .toArray(String[]::new));
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
