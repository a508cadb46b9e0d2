package org.tongchou.hub.evidence.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tongchou.hub.testing.TestHub;

/**
 * Two hub nodes sharing one database and one key directory make their signing key at the same
 * moment. Each node reads the recorded keys, finds none it can use, and only then do both go on:
 * without a guard both would record a key that nothing endorses.
 */
class SigningKeysRaceIT {

  @TempDir Path keyDir;
  String schema;
  DriverManagerDataSource database;
  JdbcTemplate jdbc;

  @BeforeEach
  void emptySchema() {
    schema = "signing_race_" + java.util.UUID.randomUUID().toString().substring(0, 8);
    database =
        new DriverManagerDataSource(
            TestHub.POSTGRES_URL + "?currentSchema=" + schema, "tongchou", "tongchou");
    Flyway.configure()
        .dataSource(database)
        .schemas(schema)
        .defaultSchema(schema)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();
    jdbc = new JdbcTemplate(database);
  }

  @AfterEach
  void dropSchema() {
    jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
  }

  @Test
  void twoNodesStartingOnAnEmptyDatabaseAtOnceRecordOneFirstKeyAndBothSignWithIt()
      throws Exception {
    CyclicBarrier bothHaveLooked = new CyclicBarrier(2);
    SigningKeys first = node(bothHaveLooked);
    SigningKeys second = node(bothHaveLooked);

    startTogether(first, second);

    List<Map<String, Object>> keys =
        jdbc.queryForList("SELECT key_id, previous_key_id, endorsement FROM signing_key");
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0).get("previous_key_id")).isNull();
    assertThat(keys.get(0).get("endorsement")).isNull();
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    assertThat(first.sign(body).keyId())
        .isEqualTo(keys.get(0).get("key_id"))
        .isEqualTo(second.sign(body).keyId());
    assertThat(first.sign(body).signature()).isEqualTo(second.sign(body).signature());
    try (var files = Files.list(keyDir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactly(keys.get(0).get("key_id") + ".pem");
    }
  }

  @Test
  void twoNodesThatFindEveryPrivateKeyLostAtOnceRecordOneUnendorsedSuccessor() throws Exception {
    SigningKeys earlier = node(null);
    earlier.refresh();
    String lost = (String) jdbc.queryForObject("SELECT key_id FROM signing_key", String.class);
    Files.delete(keyDir.resolve(lost + ".pem"));
    CyclicBarrier bothHaveLooked = new CyclicBarrier(2);
    SigningKeys first = node(bothHaveLooked);
    SigningKeys second = node(bothHaveLooked);

    startTogether(first, second);

    List<Map<String, Object>> successors =
        jdbc.queryForList(
            "SELECT key_id, endorsement FROM signing_key WHERE previous_key_id = ?", lost);
    assertThat(successors).hasSize(1);
    assertThat(successors.get(0).get("endorsement")).isNull();
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    assertThat(first.sign(body).keyId())
        .isEqualTo(successors.get(0).get("key_id"))
        .isEqualTo(second.sign(body).keyId());
  }

  @Test
  void aDatabaseWhoseKeysForkedBeforeTheGuardKeepsTheEarliestFirstKeyAndMarksTheOtherAsAFork() {
    String legacy = schema + "_v17";
    DriverManagerDataSource old =
        new DriverManagerDataSource(
            TestHub.POSTGRES_URL + "?currentSchema=" + legacy, "tongchou", "tongchou");
    java.util.function.Supplier<org.flywaydb.core.api.configuration.FluentConfiguration>
        migrations =
            () ->
                Flyway.configure()
                    .dataSource(old)
                    .schemas(legacy)
                    .defaultSchema(legacy)
                    .locations(
                        "classpath:db/migration/common", "classpath:db/migration/postgresql");
    migrations.get().target("17").load().migrate();
    JdbcTemplate before = new JdbcTemplate(old);
    String insert =
        "INSERT INTO signing_key (key_id, public_key, activated_at, previous_key_id) VALUES (?, 'k', ?, ?)";
    before.update(insert, "a", java.sql.Timestamp.valueOf("2026-01-01 00:00:00"), null);
    before.update(insert, "b", java.sql.Timestamp.valueOf("2026-01-01 00:00:01"), null);
    before.update(insert, "c", java.sql.Timestamp.valueOf("2026-02-01 00:00:00"), "a");
    try {
      migrations.get().load().migrate();

      assertThat(before.queryForList("SELECT key_id, replaces FROM signing_key ORDER BY key_id"))
          .extracting(row -> row.get("key_id") + "=" + row.get("replaces"))
          .containsExactly("a=", "b=fork:b", "c=a");
    } finally {
      before.execute("DROP SCHEMA " + legacy + " CASCADE");
    }
  }

  /** A hub node's key manager on the shared database and key directory. */
  private SigningKeys node(CyclicBarrier firstLook) {
    SigningKeyStore store =
        new SigningKeyStore(
            new JdbcTemplate(database), new DataSourceTransactionManager(database)) {
          private boolean looked;

          @Override
          List<RecordedKey> all() {
            List<RecordedKey> keys = super.all();
            if (firstLook != null && !looked) {
              looked = true;
              await(firstLook);
            }
            return keys;
          }
        };
    return new SigningKeys(store, keyDir, Clock.systemUTC());
  }

  private static void startTogether(SigningKeys first, SigningKeys second) throws Exception {
    CompletableFuture<Void> one = CompletableFuture.runAsync(first::refresh);
    CompletableFuture<Void> two = CompletableFuture.runAsync(second::refresh);
    CompletableFuture.allOf(one, two).get(30, TimeUnit.SECONDS);
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other node never looked", e);
    }
  }
}
