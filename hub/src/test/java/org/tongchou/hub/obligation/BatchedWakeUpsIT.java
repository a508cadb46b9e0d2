package org.tongchou.hub.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.person.app.WakeUp;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.MovableClock;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;

/**
 * A batch's wake-ups are written to db-scheduler's table together, when the batch commits: the same
 * rows, one per person and day, as when each command wrote its own, fired by Axon's task, and only
 * if the unit of work that asked for them commits. Time is simulated for the whole hub.
 */
class BatchedWakeUpsIT {

  static final Duration AT_MOST = Duration.ofSeconds(90); // against hangs, not a timing claim

  /** Midnight in China, in UTC: when a wake-up for that business day is due. */
  static final Instant MARCH_26 = Instant.parse("2026-03-25T16:00:00Z");

  static final Instant MARCH_30 = Instant.parse("2026-03-29T16:00:00Z");
  static final Instant APRIL_1 = Instant.parse("2026-03-31T16:00:00Z");
  static final Instant APRIL_30 = Instant.parse("2026-04-29T16:00:00Z");

  static List<Instant> wakeUps(ConfigurableApplicationContext hub) {
    return ObligationDeadlinesIT.wakeUps(hub);
  }

  /**
   * The status of the person's obligation of {@code kind} opened by their arrival, as the read
   * model has it.
   */
  static List<String> statuses(ConfigurableApplicationContext hub, String kind, String arrivalId) {
    return hub.getBean(JdbcTemplate.class)
        .queryForList(
            "SELECT status FROM obligation_view WHERE obligation_id"
                + " LIKE ? ORDER BY obligation_id",
            String.class,
            kind + "/" + Facts.WUXI_BINHU + "/" + arrivalId + "%");
  }

  /** Three women's arrivals in Wuxi on 1 March, in one batch; their record ids. */
  static List<String> threeArrivalsInOneBatch(ConfigurableApplicationContext hub) {
    List<Fact> batch = List.of(arrival(), arrival(), arrival());
    try (HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
      List<FactOutcome> outcomes = wuxi.submit(batch);
      assertThat(outcomes).extracting(FactOutcome::getKind).containsOnly(FactOutcome.Kind.ACCEPTED);
    }
    return batch.stream().map(Fact::getRecordId).toList();
  }

  static Fact arrival() {
    return Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-03-01");
  }

  @Test
  void aBatchOfArrivalsSchedulesForEachPersonTheWakeUpsOfAnArrivalSentAlone() {
    ConfigurableApplicationContext hub =
        ObligationDeadlinesIT.start(TestHub.inFreshSchema("batched_wakeups"));
    try {
      try (HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
        wuxi.submitOne(arrival());
      }
      List<Instant> alone = wakeUps(hub);
      assertThat(alone).contains(MARCH_26, MARCH_30, APRIL_1);

      threeArrivalsInOneBatch(hub);

      List<Instant> expected = new ArrayList<>();
      for (int copies = 0; copies < 4; copies++) {
        expected.addAll(alone);
      }
      Collections.sort(expected);
      assertThat(wakeUps(hub)).isEqualTo(expected);
    } finally {
      hub.close();
    }
  }

  @Test
  void batchedWakeUpsFireForEveryPersonAfterARestartAndTheWakeUpsTheyArmFireAfterTheNext() {
    String[] schema = TestHub.inFreshSchema("batched_wakeups_restart");
    ConfigurableApplicationContext hub = ObligationDeadlinesIT.start(schema);
    List<String> arrivals;
    try {
      arrivals = threeArrivalsInOneBatch(hub);
      assertThat(wakeUps(hub)).filteredOn(APRIL_30::equals).isEmpty();
    } finally {
      hub.close();
    }

    // Down from 2 March to 30 March: the wake-ups of 26 and 30 March are judged on 30 March.
    ConfigurableApplicationContext again = ObligationDeadlinesIT.start(schema);
    try {
      again.getBean(MovableClock.class).set(Instant.parse("2026-03-30T01:00:00Z"));
      await()
          .atMost(AT_MOST)
          .untilAsserted(
              () -> {
                for (String arrival : arrivals) {
                  assertThat(statuses(again, "certificate-verification", arrival))
                      .containsExactly("due-soon");
                  // Opened by time alone, on the 30th day in the quarter; due on its last day.
                  assertThat(statuses(again, "service-coverage", arrival))
                      .containsExactly("due-soon");
                }
              });
      // What the fired wake-ups armed for each person: the next quarter's 30th day.
      await()
          .atMost(AT_MOST)
          .until(() -> wakeUps(again).stream().filter(APRIL_30::equals).count() == 3);
      assertThat(wakeUps(again))
          .noneMatch(at -> at.isBefore(Instant.parse("2026-03-30T00:00:00Z")));
    } finally {
      again.close();
    }

    ConfigurableApplicationContext third = ObligationDeadlinesIT.start(schema);
    try {
      third.getBean(MovableClock.class).set(Instant.parse("2026-05-01T01:00:00Z"));
      await()
          .atMost(AT_MOST)
          .untilAsserted(
              () -> {
                for (String arrival : arrivals) {
                  assertThat(statuses(third, "certificate-verification", arrival))
                      .containsExactly("overdue");
                  // The first quarter's duty is overdue; the second quarter's was opened on 30
                  // April.
                  assertThat(statuses(third, "service-coverage", arrival))
                      .containsExactly("overdue", "open");
                }
              });
      await()
          .atMost(AT_MOST)
          .until(
              () ->
                  wakeUps(third).stream()
                      .noneMatch(at -> at.isBefore(Instant.parse("2026-05-01T00:00:00Z"))));
    } finally {
      third.close();
    }
  }

  /**
   * Wake-ups stored before issue #15's compact task data, in db-scheduler's Java serialization,
   * still fire: the hub reads both formats. Written compact now, they are rewritten here as the
   * previous code wrote them.
   */
  @Test
  void givenWakeUpsStoredByThePreviousCodeWhenTheyFallDueThenTheyFireAsBefore() {
    String[] schema = TestHub.inFreshSchema("batched_wakeups_java");
    ConfigurableApplicationContext hub = ObligationDeadlinesIT.start(schema);
    List<String> arrivals;
    try {
      arrivals = threeArrivalsInOneBatch(hub);
      JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
      assertThat(
              jdbc.queryForList(
                  "SELECT get_byte(task_data, 0) FROM scheduled_tasks "
                      + "WHERE task_name = 'AxonDeadline'",
                  Integer.class))
          .as("written compact")
          .isNotEmpty()
          .containsOnly(1);
      Map<String, DbSchedulerBinaryDeadlineDetails> stored = new HashMap<>();
      hub.getBean(Scheduler.class)
          .fetchScheduledExecutionsForTask(
              "AxonDeadline",
              DbSchedulerBinaryDeadlineDetails.class,
              execution -> stored.put(execution.getTaskInstance().getId(), execution.getData()));
      stored.forEach(
          (id, details) ->
              jdbc.update(
                  "UPDATE scheduled_tasks SET task_data = ? WHERE task_instance = ?",
                  com.github.kagkarlsson.scheduler.serializer.Serializer.DEFAULT_JAVA_SERIALIZER
                      .serialize(details),
                  id));
      assertThat(
              jdbc.queryForList(
                  "SELECT get_byte(task_data, 0) FROM scheduled_tasks "
                      + "WHERE task_name = 'AxonDeadline'",
                  Integer.class))
          .as("as Java serialization writes them")
          .containsOnly(0xAC);
    } finally {
      hub.close();
    }

    ConfigurableApplicationContext again = ObligationDeadlinesIT.start(schema);
    try {
      again.getBean(MovableClock.class).set(Instant.parse("2026-03-30T01:00:00Z"));
      await()
          .atMost(AT_MOST)
          .untilAsserted(
              () -> {
                for (String arrival : arrivals) {
                  assertThat(statuses(again, "certificate-verification", arrival))
                      .containsExactly("due-soon");
                  assertThat(statuses(again, "service-coverage", arrival))
                      .containsExactly("due-soon");
                }
              });
      await()
          .atMost(AT_MOST)
          .until(() -> wakeUps(again).stream().filter(APRIL_30::equals).count() == 3);
    } finally {
      again.close();
    }
  }

  @Test
  void aWakeUpIsStoredOnlyIfTheUnitOfWorkThatAskedForItCommits() {
    ConfigurableApplicationContext hub =
        ObligationDeadlinesIT.start(TestHub.inFreshSchema("batched_wakeups_uow"));
    try {
      DeadlineManager deadlines = hub.getBean(DeadlineManager.class);
      TransactionManager transactions = hub.getBean(TransactionManager.class);
      AggregateScopeDescriptor nobody = new AggregateScopeDescriptor("PersonAggregate", "nobody");
      LocalDate root = LocalDate.of(2099, 1, 1);
      LocalDate nestedKept = root.plusDays(1);
      LocalDate nestedRolledBack = root.plusDays(2);
      LocalDate rootRolledBack = root.plusDays(3);

      UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
      unitOfWork.attachTransaction(transactions);
      unitOfWork.execute(
          () -> {
            schedule(deadlines, root, nobody);
            DefaultUnitOfWork.startAndGet(null)
                .execute(() -> schedule(deadlines, nestedKept, nobody));
            DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(
                    () -> {
                      schedule(deadlines, nestedRolledBack, nobody);
                      throw new IllegalStateException("this command fails on its own");
                    });
          });
      UnitOfWork<?> failing = DefaultUnitOfWork.startAndGet(null);
      failing.attachTransaction(transactions);
      failing.executeWithResult(
          () -> {
            DefaultUnitOfWork.startAndGet(null)
                .execute(() -> schedule(deadlines, rootRolledBack, nobody));
            throw new IllegalStateException("the whole batch fails");
          });

      assertThat(wakeUps(hub)).containsExactly(startOf(root), startOf(nestedKept));
    } finally {
      hub.close();
    }
  }

  static void schedule(DeadlineManager deadlines, LocalDate day, AggregateScopeDescriptor scope) {
    deadlines.schedule(startOf(day), WakeUp.DEADLINE, new WakeUp(day), scope);
  }

  static Instant startOf(LocalDate day) {
    return org.tongchou.hub.kernel.BusinessDates.startOf(day);
  }
}
