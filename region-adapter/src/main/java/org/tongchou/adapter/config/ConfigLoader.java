package org.tongchou.adapter.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.tongchou.adapter.hub.FactPusher;
import org.tongchou.adapter.hub.FeedSettings;
import org.tongchou.adapter.hub.HubTls;
import org.tongchou.adapter.hub.ReconnectPolicy;

/**
 * Loads the adapter's configuration: a {@code .properties} file (UTF-8) and environment variables
 * that override it key by key (see {@link ConfigKey}). An unknown key in the file is an error, so
 * that a misspelt key does not silently leave its default in place.
 */
public final class ConfigLoader {

  private final Map<String, String> env;

  /**
   * @param env the environment, {@link System#getenv()} outside tests
   */
  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** Loads {@code file} with the environment's overrides. */
  public AdapterConfig load(Path file) throws ConfigException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigException("cannot read the configuration file " + file + ": " + e);
    }
    return load(properties, file.toAbsolutePath().getParent());
  }

  /** Loads from properties whose relative paths resolve against {@code baseDir}. */
  AdapterConfig load(Properties properties, Path baseDir) throws ConfigException {
    RawSettings raw = new RawSettings(properties, baseDir, env);
    properties.stringPropertyNames().stream()
        .filter(k -> ConfigKey.of(k).isEmpty())
        .sorted()
        .forEach(k -> raw.problem("unknown key " + k + " (known: " + known() + ")"));
    HubTls tls = tls(raw);
    Path tokenFile =
        raw.text(ConfigKey.TOKEN_FILE).isEmpty() ? null : raw.path(ConfigKey.TOKEN_FILE);
    if (tokenFile == null && (tls == null || tls.certificate() == null)) {
      raw.problem(
          "missing token-file (or TONGCHOU_TOKEN_FILE), or tls.cert and tls.key with tls.ca");
    }
    AdapterConfig config =
        new AdapterConfig(
            raw.text(ConfigKey.HUB),
            tokenFile,
            region(raw),
            localDb(raw),
            kurrentDb(raw),
            push(raw),
            feed(raw),
            reconnect(raw),
            tls);
    if (!raw.problems().isEmpty()) {
      throw new ConfigException(raw.problems());
    }
    return config;
  }

  /** TLS when tls.ca is set; tls.cert and tls.key come together. */
  private static HubTls tls(RawSettings raw) {
    boolean ca = !raw.text(ConfigKey.TLS_CA).isEmpty();
    boolean cert = !raw.text(ConfigKey.TLS_CERT).isEmpty();
    boolean key = !raw.text(ConfigKey.TLS_KEY).isEmpty();
    if (!ca && !cert && !key) {
      return null;
    }
    if (!ca || cert != key) {
      raw.problem(ConfigKey.TLS_CA, "TLS needs tls.ca, and tls.cert with tls.key or neither");
      return null;
    }
    return new HubTls(
        raw.path(ConfigKey.TLS_CA),
        cert ? raw.path(ConfigKey.TLS_CERT) : null,
        key ? raw.path(ConfigKey.TLS_KEY) : null);
  }

  private static String region(RawSettings raw) {
    String region = raw.text(ConfigKey.REGION);
    if (!region.isEmpty() && !region.matches("\\d{6}")) {
      raw.problem(ConfigKey.REGION, "must be a six-digit division code, was \"" + region + "\"");
    }
    return region;
  }

  private static AdapterConfig.LocalDb localDb(RawSettings raw) {
    String url = raw.text(ConfigKey.LOCAL_DB_URL);
    String store = raw.text(ConfigKey.LOCAL_STORE);
    if (!store.equals("postgresql") && !store.equals("kurrentdb")) {
      raw.problem(ConfigKey.LOCAL_STORE, "must be postgresql or kurrentdb, was \"" + store + "\"");
    }
    if (url.isEmpty() && store.equals("postgresql")) {
      raw.problem("missing local-db.url (or TONGCHOU_LOCAL_DB_URL)");
    }
    if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
      raw.problem(ConfigKey.LOCAL_DB_URL, "must be a jdbc:postgresql: URL");
    }
    return new AdapterConfig.LocalDb(
        url, raw.text(ConfigKey.LOCAL_DB_USER), raw.text(ConfigKey.LOCAL_DB_PASSWORD));
  }

  /** The region's KurrentDB, when {@code local.store = kurrentdb}. */
  private static AdapterConfig.KurrentDb kurrentDb(RawSettings raw) {
    if (!raw.text(ConfigKey.LOCAL_STORE).equals("kurrentdb")) {
      return null;
    }
    String connection = raw.text(ConfigKey.KURRENTDB_CONNECTION_STRING);
    if (connection.isEmpty()) {
      raw.problem("missing kurrentdb.connection-string (or TONGCHOU_KURRENTDB_CONNECTION_STRING)");
    } else if (!connection.matches("(?i)(kurrentdb|kurrent|kdb|esdb)(\\+discover)?://.+")) {
      raw.problem(
          ConfigKey.KURRENTDB_CONNECTION_STRING,
          "must be a kurrentdb:// (or kurrentdb+discover://, esdb://) connection string");
    }
    String outbox = raw.text(ConfigKey.KURRENTDB_OUTBOX_STREAM);
    if (outbox.isEmpty()) {
      raw.problem("missing kurrentdb.outbox-stream (or TONGCHOU_KURRENTDB_OUTBOX_STREAM)");
    }
    String region = raw.text(ConfigKey.REGION);
    String outcomes = raw.text(ConfigKey.KURRENTDB_OUTCOMES_STREAM);
    String inbox = raw.text(ConfigKey.KURRENTDB_INBOX_STREAM);
    String verify = raw.text(ConfigKey.KURRENTDB_TLS_VERIFY_CERT);
    if (!verify.equals("true") && !verify.equals("false")) {
      raw.problem(ConfigKey.KURRENTDB_TLS_VERIFY_CERT, "must be true or false");
    }
    return new AdapterConfig.KurrentDb(
        connection,
        raw.text(ConfigKey.KURRENTDB_TLS_CA_FILE).isEmpty()
            ? null
            : raw.path(ConfigKey.KURRENTDB_TLS_CA_FILE),
        !verify.equals("false"),
        outbox,
        outcomes.isEmpty() ? "tongchou-outcomes-" + region : outcomes,
        inbox.isEmpty() ? "tongchou-inbox-" + region : inbox);
  }

  private static AdapterConfig.Push push(RawSettings raw) {
    return new AdapterConfig.Push(
        raw.integer(ConfigKey.PUSH_BATCH_SIZE, 1, FactPusher.MAX_BATCH_SIZE),
        raw.duration(ConfigKey.PUSH_POLL_INTERVAL, Duration.ofMillis(10), Duration.ofHours(1)));
  }

  private static AdapterConfig.Feed feed(RawSettings raw) {
    return new AdapterConfig.Feed(
        raw.integer(ConfigKey.FEED_WINDOW, 1, FeedSettings.MAX_WINDOW),
        raw.duration(
            ConfigKey.FEED_CHECKPOINT_INTERVAL, Duration.ofMillis(100), Duration.ofSeconds(60)),
        raw.integer(ConfigKey.FEED_LOG_EVERY, 1, Integer.MAX_VALUE),
        raw.bool(ConfigKey.FEED_SKIP_IMPORTED));
  }

  private static ReconnectPolicy reconnect(RawSettings raw) {
    Duration initial =
        raw.duration(
            ConfigKey.RECONNECT_INITIAL_BACKOFF, Duration.ofMillis(10), Duration.ofMinutes(10));
    Duration max =
        raw.duration(ConfigKey.RECONNECT_MAX_BACKOFF, Duration.ofMillis(10), Duration.ofHours(1));
    if (max.compareTo(initial) < 0) {
      raw.problem(
          ConfigKey.RECONNECT_MAX_BACKOFF, "must not be shorter than reconnect.initial-backoff");
      max = initial;
    }
    return new ReconnectPolicy(raw.integer(ConfigKey.RECONNECT_ATTEMPTS, 1, 1000), initial, max);
  }

  private static String known() {
    return Arrays.stream(ConfigKey.values()).map(ConfigKey::key).collect(Collectors.joining(", "));
  }
}
