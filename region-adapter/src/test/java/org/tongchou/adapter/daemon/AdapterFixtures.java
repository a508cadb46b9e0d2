package org.tongchou.adapter.daemon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.config.ConfigLoader;
import org.tongchou.adapter.local.LocalDatabase;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.testing.TestHub;

/** The real hub and adapter configurations for the daemon's integration tests. */
final class AdapterFixtures {

  private AdapterFixtures() {}

  /**
   * The hub's settings for a schema of its own (a store no other test writes to), optionally on a
   * fixed port.
   */
  static String[] hubSettings(String name, Integer port) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(TestHub.inFreshSchema(name)),
            port == null
                ? java.util.stream.Stream.empty()
                : java.util.stream.Stream.of("--tongchou.grpc.port=" + port))
        .toArray(String[]::new);
  }

  /**
   * Writes the token and a configuration file for {@code region} into {@code dir}, as an operator
   * would, with small batches, a small window and quick retries so that a test sees many of each.
   */
  static Path configFile(
      Path dir,
      ConfigurableApplicationContext hub,
      int port,
      String region,
      LocalRegion db,
      String... overrides)
      throws Exception {
    return configFile(
        dir,
        region,
        hub,
        port,
        region,
        List.of(
            "local-db.url = " + db.url, "local-db.user = tongchou", "local-db.password = tongchou"),
        overrides);
  }

  /**
   * As above, for any store: {@code storeLines} select it ({@link KurrentRegion#configLines()});
   * the files are called {@code name.token} and {@code name.properties}.
   */
  static Path configFile(
      Path dir,
      String name,
      ConfigurableApplicationContext hub,
      int port,
      String region,
      List<String> storeLines,
      String... overrides)
      throws Exception {
    String token = hub.getBean(CredentialStore.class).issue(region, "adapter-" + name);
    Files.writeString(dir.resolve(name + ".token"), token + "\n");
    List<String> lines =
        new java.util.ArrayList<>(
            List.of(
                "hub = 127.0.0.1:" + port,
                "token-file = " + name + ".token",
                "region = " + region));
    lines.addAll(storeLines);
    lines.addAll(
        List.of(
            "push.batch-size = 3",
            "push.poll-interval = 100ms",
            "feed.window = 4",
            "feed.checkpoint-interval = 200ms",
            "feed.log-every = 20",
            "reconnect.initial-backoff = 50ms",
            "reconnect.max-backoff = 500ms"));
    lines.addAll(List.of(overrides)); // a later line wins
    return Files.write(dir.resolve(name + ".properties"), lines);
  }

  static AdapterConfig load(Path file) throws Exception {
    return new ConfigLoader(Map.of()).load(file);
  }

  /**
   * Creates the adapter's tables, as {@code init-db} does, so that the region can insert before the
   * daemon runs.
   */
  static void initDb(AdapterConfig config) throws Exception {
    LocalDatabase db = new LocalDatabase(config.localDb());
    db.release(db.connect());
  }
}
