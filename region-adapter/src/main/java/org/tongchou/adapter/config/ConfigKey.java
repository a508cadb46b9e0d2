package org.tongchou.adapter.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every key of the adapter's configuration file, with its default ({@code null}: required). Each
 * key can also be set by an environment variable named {@code TONGCHOU_} + the key in upper case
 * with dots and dashes as underscores ({@code local-db.url} is {@code TONGCHOU_LOCAL_DB_URL}),
 * which wins over the file: containers and systemd units set secrets and addresses that way.
 */
enum ConfigKey {
  HUB("hub", null),
  TOKEN_FILE("token-file", ""),
  REGION("region", null),
  LOCAL_STORE("local.store", "postgresql"),
  LOCAL_DB_URL("local-db.url", ""),
  LOCAL_DB_USER("local-db.user", ""),
  LOCAL_DB_PASSWORD("local-db.password", ""),
  PUSH_BATCH_SIZE("push.batch-size", "200"),
  PUSH_POLL_INTERVAL("push.poll-interval", "2s"),
  FEED_WINDOW("feed.window", "500"),
  FEED_CHECKPOINT_INTERVAL("feed.checkpoint-interval", "2s"),
  FEED_LOG_EVERY("feed.log-every", "1000"),
  FEED_SKIP_IMPORTED("feed.skip-imported", "false"),
  RECONNECT_INITIAL_BACKOFF("reconnect.initial-backoff", "500ms"),
  RECONNECT_MAX_BACKOFF("reconnect.max-backoff", "10s"),
  RECONNECT_ATTEMPTS("reconnect.attempts", "8"),
  TLS_CA("tls.ca", ""),
  TLS_CERT("tls.cert", ""),
  TLS_KEY("tls.key", ""),
  KURRENTDB_CONNECTION_STRING("kurrentdb.connection-string", ""),
  KURRENTDB_TLS_CA_FILE("kurrentdb.tls-ca-file", ""),
  KURRENTDB_TLS_VERIFY_CERT("kurrentdb.tls-verify-cert", "true"),
  KURRENTDB_OUTBOX_STREAM("kurrentdb.outbox-stream", ""),
  KURRENTDB_OUTCOMES_STREAM("kurrentdb.outcomes-stream", ""),
  KURRENTDB_INBOX_STREAM("kurrentdb.inbox-stream", "");

  /** The prefix of every environment variable that overrides a key. */
  static final String ENV_PREFIX = "TONGCHOU_";

  private final String key;
  private final String defaultValue;

  ConfigKey(String key, String defaultValue) {
    this.key = key;
    this.defaultValue = defaultValue;
  }

  String key() {
    return key;
  }

  /** The default, or empty when the key is required. */
  Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  String envName() {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  static Optional<ConfigKey> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
