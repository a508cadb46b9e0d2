package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.domain.Role;

/**
 * The {@code audit} commands against the real hub on PostgreSQL, over a real gRPC channel: Wuxi
 * pushes the walk-through's file, Henan reads Wang Fang's timeline, and later Wuxi corrects her
 * arrival from 1 March to 25 February. An auditor reads her history on both time axes and the
 * access log, and verifies it; a region's credential is refused.
 */
class AuditCommandsIT {

  static final String CORRECTION =
      "{\"recordId\": \"320211-2026-000100\", \"type\": \"RecordCorrected\","
          + " \"region\": \"320211\", \"occurredOn\": \"2026-04-02\", \"person\": {\"idNumber\": \""
          + WalkthroughIT.WANG_FANG
          + "\"}, \"data\": {\"corrects\": \"320211-2026-000001\", \"reason\": \"arrival date mistyped\", \"fact\":"
          + " {\"type\": \"ArrivalRegistered\", \"region\": \"320211\", \"occurredOn\": \"2026-02-25\", \"person\":"
          + " {\"idNumber\": \""
          + WalkthroughIT.WANG_FANG
          + "\"}, \"data\": {\"from\": \"410102\"}}}}\n";

  @TempDir static Path dir;
  static WalkthroughHub hub;
  static Path wuxi;
  static Path henan;
  static Path auditor;
  static Instant beforeTheCorrection;

  @BeforeAll
  static void wuxiPushesHenanReadsWuxiCorrects() throws Exception {
    hub = WalkthroughHub.start(dir);
    wuxi = hub.credential(Role.REGION, WalkthroughHub.WUXI, "wuxi");
    henan = hub.credential(Role.REGION, "410000", "henan");
    auditor = hub.credential(Role.AUDITOR, null, "auditor-li");
    CommandRun push = hub.push("wuxi-arrivals.jsonl", wuxi);
    assertThat(push.exitCode()).as(push.out() + push.err()).isZero();
    CommandRun read = as(henan, "timeline", WalkthroughIT.WANG_FANG, "--purpose", "协查 request 7");
    assertThat(read.exitCode()).as(read.err()).isZero();
    Thread.sleep(20);
    beforeTheCorrection = Instant.now();
    Thread.sleep(20);
    Path correction = Files.writeString(dir.resolve("correction.jsonl"), CORRECTION);
    CommandRun corrected =
        CommandRun.of(
            "push",
            correction.toString(),
            "--hub",
            hub.address,
            "--region",
            WalkthroughHub.WUXI,
            "--token-file",
            wuxi.toString());
    assertThat(corrected.exitCode()).as(corrected.out() + corrected.err()).isZero();
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  static CommandRun as(Path token, String... args) {
    return CommandRun.of(
        Stream.concat(
                Stream.of(args), Stream.of("--hub", hub.address, "--token-file", token.toString()))
            .toArray(String[]::new));
  }

  @Test
  void theHistoryShowsTheCorrectionAsALaterRecordAboutAnEarlierDay() {
    CommandRun run =
        as(auditor, "audit", "history", WalkthroughIT.WANG_FANG, "--purpose", "audit 2026/3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "correction of record 320211/320211-2026-000001  about 2026-02-25"
                + " (the corrected record was about 2026-03-01)  recorded ",
            "RecordCorrected  320211-2026-000100",
            "fact  about 2026-03-01  recorded ",
            "ArrivalRegistered  320211-2026-000001",
            "Residences as then known (1)",
            "  320211  2026-02-25 .. open")
        .doesNotContain("王芳")
        .doesNotContain(WalkthroughIT.WANG_FANG);
  }

  @Test
  void theHistoryAsKnownBeforeTheCorrectionHasNoneAndTheArrivalStillOnTheFirstOfMarch() {
    CommandRun run =
        as(
            auditor,
            "audit",
            "history",
            WalkthroughIT.WANG_FANG,
            "--known-at",
            beforeTheCorrection.toString(),
            "--about",
            "2026-03-01..2026-03-31");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "as known at " + beforeTheCorrection,
            "about 2026-03-01 .. 2026-03-31",
            "fact  about 2026-03-01",
            "  320211  2026-03-01 .. open")
        .doesNotContain("correction");
  }

  @Test
  void theAccessLogListsHenansReadWithItsPurposeAndTheAuditorsOwnReads() {
    as(auditor, "audit", "history", WalkthroughIT.WANG_FANG, "--purpose", "listed later");

    CommandRun run = as(auditor, "audit", "access-log", "--purpose", "monthly review");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "(?m)^#\\d+  \\S+Z  henan \\(REGION 410000\\)  Persons.GetTimeline  answered"
                + "  p[0-9a-f]+  purpose \"协查 request 7\"  hash [0-9a-f]{12}$")
        .contains(
            "auditor-li (AUDITOR)  History.GetPersonHistory  answered", "purpose \"listed later\"")
        .doesNotContain(WalkthroughIT.WANG_FANG);
    CommandRun henansOnly = as(auditor, "audit", "access-log", "--reader", "henan");
    assertThat(henansOnly.out()).startsWith("#").endsWith("1 entry" + System.lineSeparator());
  }

  @Test
  void verifyRecomputesTheChainOnBothSidesAndNamesAnEntryAlteredInPostgres() {
    CommandRun intact = as(auditor, "audit", "access-log", "--verify");
    assertThat(intact.exitCode()).as(intact.out() + intact.err()).isZero();
    assertThat(intact.out())
        .containsPattern("(?m)^hub:  intact, \\d+ entries up to #\\d+")
        .containsPattern("(?m)^here: intact, \\d+ entries recomputed up to #\\d+");

    JdbcTemplate sql = hub.context.getBean(JdbcTemplate.class);
    String purpose =
        sql.queryForObject("SELECT purpose FROM access_log_entry WHERE sequence = 1", String.class);
    sql.update("UPDATE access_log_entry SET purpose = 'routine' WHERE sequence = 1");
    CommandRun tampered;
    try {
      tampered = as(auditor, "audit", "access-log", "--verify");
    } finally {
      sql.update("UPDATE access_log_entry SET purpose = ? WHERE sequence = 1", purpose);
    }

    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.out())
        .contains("hub:  BROKEN at entry 1: altered", "here: BROKEN at entry 1: altered");
  }

  @Test
  void aRegionIsRefusedTheAccessLogAndTheHistory() {
    CommandRun log = as(wuxi, "audit", "access-log");
    CommandRun history = as(wuxi, "audit", "history", WalkthroughIT.WANG_FANG);

    assertThat(log.exitCode()).isEqualTo(1);
    assertThat(log.err())
        .startsWith("audit access-log: PERMISSION_DENIED: ")
        .contains("AUDITOR_ONLY");
    assertThat(history.exitCode()).isEqualTo(1);
    assertThat(history.err()).startsWith("audit history: PERMISSION_DENIED: ");
  }

  @Test
  void feedDeliveriesListWhoReceivedWhatAnOfficeSeesItsOwnProvinceOnlyAndARegionNothing()
      throws Exception {
    Path jiangsu = hub.credential(Role.OFFICE, "320000", "jiangsu-office");
    Path henanOffice = hub.credential(Role.OFFICE, "410000", "henan-office");
    Path follower = hub.credential(Role.REGION, "410000", "henan-follower");
    CommandRun tail = as(follower, "tail", "--after", "0", "--kind", "fact", "--count", "1");
    assertThat(tail.exitCode()).as(tail.out() + tail.err()).isZero();

    CommandRun audited = as(auditor, "audit", "access-log", "--feed-deliveries");
    CommandRun asJiangsu = as(jiangsu, "audit", "access-log", "--feed-deliveries");
    CommandRun asHenan = as(henanOffice, "audit", "access-log", "--feed-deliveries");
    CommandRun asRegion = as(wuxi, "audit", "access-log", "--feed-deliveries");

    assertThat(audited.exitCode()).as(audited.err()).isZero();
    assertThat(audited.out())
        .containsPattern(
            "(?m)^#\\d+  \\S+Z  henan-follower \\(REGION 410000\\)  RegionSync.Subscribe  delivered"
                + "  feed:410000 page \\d+\\.\\.\\d+,p[0-9a-f]+")
        .doesNotContain("answered")
        .doesNotContain(WalkthroughIT.WANG_FANG);
    assertThat(asHenan.exitCode()).as(asHenan.err()).isZero();
    assertThat(asHenan.out())
        .contains("henan-follower (REGION 410000)  RegionSync.Subscribe  delivered");
    assertThat(asJiangsu.exitCode()).as(asJiangsu.err()).isZero();
    assertThat(asJiangsu.out()).doesNotContain("410000");
    assertThat(asRegion.exitCode()).isEqualTo(1);
    assertThat(asRegion.err()).contains("PERMISSION_DENIED", "AUDITOR_ONLY");
  }

  @Test
  void suspiciousListsARegionThatReadTenPersonsItIsNotEntitledTo() throws Exception {
    Path curious = hub.credential(Role.REGION, "320500", "curious-suzhou");
    for (int i = 1; i <= 10; i++) {
      String stranger =
          org.tongchou.hub.testing.IdNumbers.of(
              "410102", java.time.LocalDate.of(1990, 1, i), 100 + i);
      assertThat(as(curious, "timeline", stranger, "--purpose", "curious").exitCode()).isEqualTo(1);
    }

    CommandRun run =
        as(auditor, "audit", "access-log", "--suspicious", "--reader", "curious-suzhou");
    CommandRun refused = as(wuxi, "audit", "access-log", "--suspicious");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "(?m)^REFUSED_READS  \\d{4}-\\d{2}-\\d{2}  curious-suzhou \\(REGION 320500\\)  reads refused"
                + " about 10 distinct subjects .*  entries #\\d+\\.\\.#\\d+$")
        .endsWith("1 finding" + System.lineSeparator());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("PERMISSION_DENIED", "AUDITOR_ONLY");
  }

  /**
   * Wuxi's second arrival of the walk-through (not Wang Fang, whose history the tests above read).
   */
  static final String LI_QIANG = "410105198806142332";

  @Test
  void suspiciousListsARegionThatReadAPersonJustAfterItsOwnFirstFactAboutHim() throws Exception {
    Path prober = hub.credential(Role.REGION, "320500", "prober-suzhou");
    Path probe =
        Files.writeString(
            dir.resolve("probe.jsonl"),
            "{\"recordId\": \"320508-2026-000900\", \"type\": \"ServiceDelivered\", \"region\":"
                + " \"320508\", \"occurredOn\": \"2026-04-01\", \"person\": {\"idNumber\": \""
                + LI_QIANG
                + "\", \"name\": \"李强\", \"sex\": \"M\", \"registrationRegion\": \"410105\"},"
                + " \"data\": {\"service\": \"health_education\"}}\n");
    CommandRun pushed =
        CommandRun.of(
            "push",
            probe.toString(),
            "--hub",
            hub.address,
            "--region",
            "320500",
            "--token-file",
            prober.toString());
    assertThat(pushed.exitCode()).as(pushed.out() + pushed.err()).isZero();
    as(prober, "timeline", LI_QIANG, "--purpose", "just looking");

    CommandRun run =
        as(auditor, "audit", "access-log", "--suspicious", "--reader", "prober-suzhou");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "(?m)^READ_AFTER_FIRST_FACT  \\d{4}-\\d{2}-\\d{2}  prober-suzhou \\(REGION 320500\\)  read 1"
                + " person within 24h of its own first fact about them.*  entries #\\d+\\.\\.#\\d+$")
        .endsWith("1 finding" + System.lineSeparator());
  }
}
