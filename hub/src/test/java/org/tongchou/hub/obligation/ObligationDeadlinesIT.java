package org.tongchou.hub.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.MovableClock;
import org.tongchou.hub.testing.MovableClockConfiguration;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.ObligationChange;
import org.tongchou.proto.v1.ObligationStatus;

/**
 * Deadlines are durable: they live in PostgreSQL (db-scheduler's table), fire when their day comes,
 * and a hub that was down when one fell due fires it as soon as it is back. Time is simulated for
 * the whole hub, deadlines included.
 */
class ObligationDeadlinesIT {

  static final Duration AT_MOST = Duration.ofSeconds(60); // against hangs, not a timing claim

  /** 2026-03-02 10:00 in China: the day after the arrival. */
  static final String START = "2026-03-02T02:00:00Z";

  static ConfigurableApplicationContext start(String[] schema) {
    List<String> args = new ArrayList<>(List.of(schema));
    args.addAll(
        List.of(
            "--spring.main.allow-bean-definition-overriding=true",
            "--tongchou.test.clock-start=" + START,
            "--db-scheduler.polling-interval=1s"));
    return TestHub.startOnPostgres(
        new Class<?>[] {MovableClockConfiguration.class}, args.toArray(String[]::new));
  }

  static List<Instant> wakeUps(ConfigurableApplicationContext hub) {
    return hub
        .getBean(JdbcTemplate.class)
        .queryForList(
            "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'AxonDeadline' ORDER BY execution_time",
            java.sql.Timestamp.class)
        .stream()
        .map(java.sql.Timestamp::toInstant)
        .toList();
  }

  /** A change the feed delivered, with the cause of the item that carried it. */
  record Delivered(ObligationChange change, String cause) {}

  /** Waits on the feed for an obligation whose id starts so to reach {@code status}. */
  static Delivered awaitStatus(FeedClient feed, String subjectPrefix, ObligationStatus status) {
    long until = System.currentTimeMillis() + AT_MOST.toMillis();
    while (System.currentTimeMillis() < until) {
      FeedItem item = feed.nextEvent(1_000);
      if (item != null && item.hasObligation()) {
        for (ObligationChange change : item.getObligation().getChangesList()) {
          if (change.getObligation().getObligationId().startsWith(subjectPrefix)
              && change.getObligation().getStatus() == status) {
            return new Delivered(change, item.getObligation().getCause());
          }
        }
      }
    }
    throw new AssertionError("no " + status + " of " + subjectPrefix + " within " + AT_MOST);
  }

  @Test
  void anUnverifiedCertificateBecomesOverdueWhenItsDeadlineFiresFromTheDatabase() {
    ConfigurableApplicationContext hub = start(TestHub.inFreshSchema("deadlines"));
    try (HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI);
        FeedClient wuxiFeed =
            new FeedClient(
                wuxi,
                hub.getBean(CredentialStore.class).issue(Facts.WUXI, "feed"),
                0,
                10_000,
                60_000)) {
      wuxi.submitOne(Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-03-01"));
      Delivered opened = awaitStatus(wuxiFeed, "certificate-verification/", ObligationStatus.OPEN);
      assertThat(opened.change().getObligation().getDueOn()).isEqualTo("2026-03-31");
      // Due soon on 26 March and overdue on 1 April, at midnight in China (16:00 UTC the day
      // before).
      assertThat(wakeUps(hub))
          .contains(Instant.parse("2026-03-25T16:00:00Z"), Instant.parse("2026-03-31T16:00:00Z"));

      hub.getBean(MovableClock.class).set(Instant.parse("2026-04-01T01:00:00Z"));

      Delivered overdue =
          awaitStatus(wuxiFeed, "certificate-verification/", ObligationStatus.OVERDUE);
      assertThat(overdue.cause()).isEqualTo("deadline:2026-04-01");
      assertThat(overdue.change().getChange()).isEqualTo(ObligationChange.Change.STATUS_CHANGED);
    } finally {
      hub.close();
    }
  }

  @Test
  void aHubThatWasDownWhenADeadlineFellDueFiresItAsSoonAsItIsBack() {
    String[] schema = TestHub.inFreshSchema("deadline_restart");
    ConfigurableApplicationContext hub = start(schema);
    String arrivalId;
    try (HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
      arrivalId =
          wuxi.submitOne(Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-03-01"))
              .getRecordId();
    } finally {
      hub.close();
    }
    // Down from 2 March to 10 April: every wake-up of March fell due while it was down.
    ConfigurableApplicationContext again = start(schema);
    try (HubClient wuxi = TestHub.clientFor(again, Facts.WUXI);
        FeedClient wuxiFeed =
            new FeedClient(
                wuxi,
                again.getBean(CredentialStore.class).issue(Facts.WUXI, "f"),
                0,
                10_000,
                60_000)) {
      again.getBean(MovableClock.class).set(Instant.parse("2026-04-10T01:00:00Z"));

      Delivered overdue =
          awaitStatus(
              wuxiFeed, "certificate-verification/320211/" + arrivalId, ObligationStatus.OVERDUE);
      assertThat(overdue.cause()).startsWith("deadline:");
      await()
          .atMost(AT_MOST)
          .until(
              () ->
                  wakeUps(again).stream()
                      .noneMatch(at -> at.isBefore(Instant.parse("2026-04-10T00:00:00Z"))));
    } finally {
      again.close();
    }
  }
}
