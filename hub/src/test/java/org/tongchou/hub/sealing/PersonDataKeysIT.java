package org.tongchou.hub.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javax.crypto.SecretKey;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.sealing.app.PersonDataKeys;
import org.tongchou.hub.testing.TestHub;

/**
 * A unit of work's new data keys are inserted together when its root prepares to commit (issue
 * #15): the same rows as when each was inserted on creation, and only if the unit of work commits;
 * a key created and shredded in one unit of work is never stored, and one created while the root
 * prepares to commit (as the batch's identities are sealed) is stored too.
 */
class PersonDataKeysIT {

  static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

  static int stored(ConfigurableApplicationContext hub, String... personKeys) {
    return hub.getBean(JdbcTemplate.class)
        .queryForObject(
            "SELECT count(*) FROM person_data_key WHERE person_key = ANY(?)",
            Integer.class,
            (Object) personKeys);
  }

  static UnitOfWork<?> transactional(ConfigurableApplicationContext hub) {
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    unitOfWork.attachTransaction(hub.getBean(TransactionManager.class));
    return unitOfWork;
  }

  @Test
  void aBatchsNewKeysAreStoredWhenItCommitsAndOnlyThenAndOpenAfterwards() {
    ConfigurableApplicationContext hub =
        TestHub.startOnPostgres(TestHub.inFreshSchema("data_keys"));
    try {
      PersonDataKeys keys = hub.getBean(PersonDataKeys.class);
      SecretKey[] created = new SecretKey[3];
      int[] storedBeforeCommit = new int[1];

      transactional(hub)
          .execute(
              () -> {
                keys.prefetch(List.of("a", "b", "shredded"));
                created[0] = keys.findOrCreate("a", NOW);
                DefaultUnitOfWork.startAndGet(null)
                    .execute(() -> created[1] = keys.findOrCreate("b", NOW));
                keys.findOrCreate("shredded", NOW);
                keys.delete("shredded");
                CurrentUnitOfWork.get()
                    .root()
                    .onPrepareCommit(u -> created[2] = keys.findOrCreate("late", NOW));
                storedBeforeCommit[0] = stored(hub, "a", "b");
              });

      assertThat(storedBeforeCommit[0]).isZero();
      assertThat(stored(hub, "a", "b", "late")).isEqualTo(3);
      assertThat(stored(hub, "shredded")).isZero();
      transactional(hub)
          .execute(
              () -> {
                assertThat(keys.find("a")).contains(created[0]);
                assertThat(keys.find("b")).contains(created[1]);
                assertThat(keys.find("late")).contains(created[2]);
              });

      transactional(hub)
          .executeWithResult(
              () -> {
                keys.findOrCreate("rolled-back", NOW);
                throw new IllegalStateException("the whole batch fails");
              });
      assertThat(stored(hub, "rolled-back")).isZero();
    } finally {
      hub.close();
    }
  }
}
