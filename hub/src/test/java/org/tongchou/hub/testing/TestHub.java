package org.tongchou.hub.testing;

import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.platform.grpc.GrpcServer;

/** Settings and handles shared by the tests that run the whole hub. */
public final class TestHub {

  /**
   * The test database; TONGCHOU_TEST_DB_URL points a second checkout's test run at a database of
   * its own (test.sh recreates the default one on every run).
   */
  public static final String POSTGRES_URL =
      System.getenv()
          .getOrDefault("TONGCHOU_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tongchou_test");

  /** The same, as a placeholder Spring resolves (annotations need a constant). */
  static final String POSTGRES_URL_PLACEHOLDER =
      "${TONGCHOU_TEST_DB_URL:jdbc:postgresql://127.0.0.1:5432/tongchou_test}";

  public static final String PERSON_KEY_SECRET = "test-secret-not-for-production";

  /** The master key of the persons' data keys (32 bytes, base64), fixed like the secret above. */
  public static final String MASTER_KEY = "dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZHVjdCE=";

  /**
   * The index secret (ID number to person key), fixed too: a production hub (the postgres profile)
   * refuses to generate its own.
   */
  public static final String INDEX_SECRET = "test-index-secret-not-for-production";

  private TestHub() {}

  /** A whole hub of its own on the test database, for tests that stop or restart it. */
  public static org.springframework.context.ConfigurableApplicationContext startOnPostgres(
      String... overrides) {
    return startOnPostgres(new Class<?>[0], overrides);
  }

  /**
   * Settings that give a hub a schema of its own in the test database (its own event store, feed
   * and deadlines); pass the same settings again to restart it on the same data.
   */
  public static String[] inFreshSchema(String name) {
    String schema = name + "_" + java.util.UUID.randomUUID().toString().substring(0, 8);
    return new String[] {
      "--spring.datasource.url=" + POSTGRES_URL + "?currentSchema=" + schema,
      "--spring.flyway.schemas=" + schema,
      "--spring.flyway.default-schema=" + schema
    };
  }

  /** A hub started with the hub's own configuration plus {@code sources} (test configurations). */
  public static org.springframework.context.ConfigurableApplicationContext startOnPostgres(
      Class<?>[] sources, String... overrides) {
    // Keyed, so that an override replaces a default instead of being joined to it.
    java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
    java.util.stream.Stream.concat(
            java.util.stream.Stream.of(
                "--spring.datasource.url=" + POSTGRES_URL,
                "--tongchou.grpc.port=0",
                "--tongchou.grpc.address=127.0.0.1",
                "--server.port=0",
                "--management.server.port=0",
                "--tongchou.person-key.secret=" + PERSON_KEY_SECRET,
                "--tongchou.person-data.master-key=" + MASTER_KEY,
                "--tongchou.person-index.secret=" + INDEX_SECRET,
                "--tongchou.data-dir=target/test-data",
                "--tongchou.checkpoints.interval=1h",
                "--tongchou.access.tokens.enabled=true"),
            java.util.Arrays.stream(overrides))
        .forEach(arg -> args.put(arg.substring(0, arg.indexOf('=')), arg));
    return new org.springframework.boot.builder.SpringApplicationBuilder(
            org.tongchou.hub.HubApplication.class)
        .sources(sources)
        .profiles("postgres")
        .run(args.values().toArray(String[]::new));
  }

  public static int grpcPort(ApplicationContext context) {
    return context.getBean(GrpcServer.class).port();
  }

  /** A client with a credential of any role (jurisdiction null for an auditor). */
  public static HubClient clientAs(
      ApplicationContext context, org.tongchou.hub.access.domain.Role role, String jurisdiction) {
    String token =
        context
            .getBean(CredentialStore.class)
            .issue(role, jurisdiction, "test-" + role + "-" + jurisdiction);
    return new HubClient(grpcPort(context), token);
  }

  public static HubClient clientFor(ApplicationContext context, String jurisdiction) {
    String token =
        context.getBean(CredentialStore.class).issue(jurisdiction, "test-" + jurisdiction);
    return new HubClient(grpcPort(context), token);
  }
}
