package org.tongchou.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  static final Path EXAMPLE = Path.of("examples", "adapter.properties");

  @TempDir Path dir;

  Path file(String... lines) throws Exception {
    return Files.write(dir.resolve("adapter.properties"), java.util.List.of(lines));
  }

  Path minimal() throws Exception {
    return file(
        "hub = hub.example:9090",
        "token-file = wuxi.token",
        "region = 320200",
        "local-db.url = jdbc:postgresql://db/wuxi");
  }

  @Test
  void theExampleFileLoadsWithTheValuesItDocuments() throws Exception {
    AdapterConfig config = new ConfigLoader(Map.of()).load(EXAMPLE);

    assertThat(config.hubAddress()).isEqualTo("localhost:9090");
    assertThat(config.tokenFile())
        .isEqualTo(EXAMPLE.toAbsolutePath().getParent().resolve("wuxi.token"));
    assertThat(config.region()).isEqualTo("320200");
    assertThat(config.localDb().url())
        .isEqualTo("jdbc:postgresql://localhost:5432/wuxi_population?currentSchema=tongchou");
    assertThat(config.localDb().password()).isEmpty();
    assertThat(config.push()).isEqualTo(new AdapterConfig.Push(200, Duration.ofSeconds(2)));
    assertThat(config.feed()).isEqualTo(new AdapterConfig.Feed(500, Duration.ofSeconds(2), 1000));
    assertThat(config.reconnect().initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.reconnect().maxBackoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.reconnect().maxAttempts()).isEqualTo(8);
  }

  @Test
  void environmentVariablesOverrideTheFileKeyByKey() throws Exception {
    Map<String, String> env =
        Map.of(
            "TONGCHOU_HUB",
            "hub.prod:443",
            "TONGCHOU_LOCAL_DB_URL",
            "jdbc:postgresql://other/db",
            "TONGCHOU_LOCAL_DB_USER",
            "adapter",
            "TONGCHOU_LOCAL_DB_PASSWORD",
            "s3cret",
            "TONGCHOU_PUSH_BATCH_SIZE",
            "50",
            "TONGCHOU_FEED_WINDOW",
            "20",
            "TONGCHOU_PUSH_POLL_INTERVAL",
            "250ms");

    AdapterConfig config = new ConfigLoader(env).load(minimal());

    assertThat(config.hubAddress()).isEqualTo("hub.prod:443");
    assertThat(config.localDb())
        .extracting(
            AdapterConfig.LocalDb::url,
            AdapterConfig.LocalDb::user,
            AdapterConfig.LocalDb::password)
        .containsExactly("jdbc:postgresql://other/db", "adapter", "s3cret");
    assertThat(config.push()).isEqualTo(new AdapterConfig.Push(50, Duration.ofMillis(250)));
    assertThat(config.feed().window()).isEqualTo(20);
    assertThat(config.region()).isEqualTo("320200"); // not overridden: the file's value stands
  }

  @Test
  void aTokenFileFromTheFileIsRelativeToItsFolderAndOneFromTheEnvironmentToTheWorkingDirectory()
      throws Exception {
    assertThat(new ConfigLoader(Map.of()).load(minimal()).tokenFile())
        .isEqualTo(dir.resolve("wuxi.token"));

    AdapterConfig fromEnv =
        new ConfigLoader(Map.of("TONGCHOU_TOKEN_FILE", "secrets/wuxi.token")).load(minimal());

    assertThat(fromEnv.tokenFile()).isEqualTo(Path.of("secrets/wuxi.token"));
  }

  @Test
  void aRegionMayLeaveTheItemsOfImportsOutOfItsFeedAndMustSayTrueOrFalse() throws Exception {
    Path skipping =
        file(
            "hub = hub:9090",
            "token-file = t",
            "region = 320200",
            "local-db.url = jdbc:postgresql://db/wuxi",
            "feed.skip-imported = true");

    assertThat(new ConfigLoader(Map.of()).load(skipping).feed().skipImported()).isTrue();
    assertThatThrownBy(
            () -> new ConfigLoader(Map.of("TONGCHOU_FEED_SKIP_IMPORTED", "yes")).load(skipping))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(p -> assertThat(p).contains("must be true or false")));
  }

  @Test
  void everyProblemIsReportedAtOnceNamingTheKeyOrTheVariable() throws Exception {
    Path file = file("hub = hub:9090", "push.batch-size = 5000", "feed.windw = 10");

    assertThatThrownBy(
            () -> new ConfigLoader(Map.of("TONGCHOU_PUSH_POLL_INTERVAL", "2")).load(file))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "unknown key feed.windw (known: hub, token-file, region, local.store, local-db.url, local-db.user,"
                            + " local-db.password, push.batch-size, push.poll-interval, feed.window, feed.checkpoint-interval,"
                            + " feed.log-every, feed.skip-imported, reconnect.initial-backoff, reconnect.max-backoff, reconnect.attempts, tls.ca,"
                            + " tls.cert, tls.key, kurrentdb.connection-string, kurrentdb.tls-ca-file, kurrentdb.tls-verify-cert,"
                            + " kurrentdb.outbox-stream, kurrentdb.outcomes-stream, kurrentdb.inbox-stream)",
                        "missing token-file (or TONGCHOU_TOKEN_FILE), or tls.cert and tls.key with tls.ca",
                        "missing region (or TONGCHOU_REGION)",
                        "missing local-db.url (or TONGCHOU_LOCAL_DB_URL)",
                        "push.batch-size must be a whole number from 1 to 1000, was \"5000\"",
                        "TONGCHOU_PUSH_POLL_INTERVAL must be a duration such as 500ms, 2s or 5m, from 10 ms to 3600 s, was \"2\""));
  }

  @Test
  void aRegionOnKurrentDbNeedsNoPostgresqlAndNamesItsStreamsAfterTheRegion() throws Exception {
    Path file =
        file(
            "hub = hub:9090",
            "token-file = t",
            "region = 320200",
            "local.store = kurrentdb",
            "kurrentdb.connection-string = kurrentdb://adapter:s3cret@kdb.wuxi:2113?tls=true",
            "kurrentdb.tls-ca-file = kdb-ca.crt",
            "kurrentdb.outbox-stream = $ce-wuxi_facts");

    AdapterConfig config = new ConfigLoader(Map.of()).load(file);

    assertThat(config.kurrentDb().outboxStream()).isEqualTo("$ce-wuxi_facts");
    assertThat(config.kurrentDb().outcomesStream()).isEqualTo("tongchou-outcomes-320200");
    assertThat(config.kurrentDb().inboxStream()).isEqualTo("tongchou-inbox-320200");
    assertThat(config.kurrentDb().tlsCaFile()).isEqualTo(dir.resolve("kdb-ca.crt"));
    assertThat(config.kurrentDb().redactedConnectionString())
        .isEqualTo("kurrentdb://adapter:(hidden)@kdb.wuxi:2113?tls=true");
  }

  @Test
  void aKurrentDbStoreNeedsAKurrentDbConnectionStringAndAnOutboxStream() throws Exception {
    Path file =
        file(
            "hub = hub:9090",
            "token-file = t",
            "region = 320200",
            "local.store = kurrentdb",
            "kurrentdb.connection-string = postgresql://kdb.wuxi:2113");

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "kurrentdb.connection-string must be a kurrentdb:// (or kurrentdb+discover://, esdb://)"
                            + " connection string",
                        "missing kurrentdb.outbox-stream (or TONGCHOU_KURRENTDB_OUTBOX_STREAM)"));
  }

  @Test
  void aRegionMustBeASixDigitCodeAndTheDatabaseAPostgresqlUrl() throws Exception {
    Path file =
        file(
            "hub = hub:9090",
            "token-file = t",
            "region = wuxi",
            "local-db.url = jdbc:mysql://db/wuxi");

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "region must be a six-digit division code, was \"wuxi\"",
                        "local-db.url must be a jdbc:postgresql: URL"));
  }

  @Test
  void thePasswordNeverShowsInTheConfigurationsText() throws Exception {
    Map<String, String> env =
        Map.of(
            "TONGCHOU_LOCAL_DB_PASSWORD",
            "s3cret",
            "TONGCHOU_LOCAL_DB_URL",
            "jdbc:postgresql://db/wuxi?user=a&password=also-s3cret&ssl=true");

    AdapterConfig config = new ConfigLoader(env).load(minimal());

    assertThat(config.toString()).doesNotContain("s3cret").contains("password=(hidden)&ssl=true");
  }

  @Test
  void theTokenIsReadFromItsFileWithoutSurroundingWhiteSpace() throws Exception {
    Files.writeString(dir.resolve("wuxi.token"), "  abc123\n");

    assertThat(new ConfigLoader(Map.of()).load(minimal()).readToken()).isEqualTo("abc123");
  }

  @Test
  void aMissingTokenFileIsAConfigurationProblem() throws Exception {
    AdapterConfig config = new ConfigLoader(Map.of()).load(minimal());

    assertThatThrownBy(config::readToken)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cannot read token-file");
  }
}
