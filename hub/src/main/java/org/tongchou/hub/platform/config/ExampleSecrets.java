package org.tongchou.hub.platform.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets printed in this project's own files (deploy/hub.env.example, the bench scripts):
 * anyone can read them, so a production hub that uses one has no secret at all. {@link #misused}
 * names the first setting that holds one.
 */
public final class ExampleSecrets {

  /** A secret setting: its property, the environment variable that usually sets it. */
  public record Setting(String property, String environment) {}

  /** The master key of the persons' data keys. */
  public static final Setting MASTER_KEY =
      new Setting("tongchou.person-data.master-key", "TONGCHOU_PERSON_DATA_MASTER_KEY");

  /** The secret of the index from ID numbers to person keys (docs/ACCESS.md, "Erasure"). */
  public static final Setting INDEX_SECRET =
      new Setting("tongchou.person-index.secret", "TONGCHOU_PERSON_INDEX_SECRET");

  /** Where a hub without {@link #INDEX_SECRET} generates it, in its data folder. */
  public static final String INDEX_SECRET_FILE = "person-index.secret";

  /** The settings checked, in the order they are reported. */
  public static final List<Setting> SETTINGS =
      List.of(
          new Setting("tongchou.person-key.secret", "TONGCHOU_PERSON_KEY_SECRET"),
          INDEX_SECRET,
          MASTER_KEY,
          new Setting("spring.datasource.password", "TONGCHOU_DB_PASSWORD"));

  /**
   * Every example value our documentation and scripts show (compared after trimming, ignoring
   * case): deploy/hub.env.example and deploy/bench/*.sh. Add a value here when a file shows a new
   * one.
   */
  public static final List<String> EXAMPLES =
      List.of("change-me-to-a-long-random-secret", "change-me", "bench-secret-0123456789");

  private ExampleSecrets() {}

  /**
   * The refusal for the first of {@link #SETTINGS} whose value in {@code values} is an example, or
   * empty when none is.
   */
  public static Optional<String> misused(Map<String, String> values) {
    for (Setting setting : SETTINGS) {
      String value = values.get(setting.property());
      if (value != null && isExample(value)) {
        return Optional.of(
            setting.property()
                + " ("
                + setting.environment()
                + ") is an example value printed in this project's files, so it is no secret:"
                + " a production hub (tongchou.production=true) refuses to start with it. Set a"
                + " value of your own, e.g. openssl rand -base64 32 (deploy/README.md)");
      }
    }
    return Optional.empty();
  }

  /**
   * The refusal when {@code values} has no master key: a production hub must not generate its own,
   * which would lie in its data folder beside the database instead of in a secret store (issue
   * #12); empty when one is set.
   */
  public static Optional<String> missingMasterKey(Map<String, String> values) {
    return missing(MASTER_KEY, "master key", values);
  }

  /**
   * The refusal when {@code values} has no index secret and the hub has no generated one from
   * before ({@code generatedBefore}): a production hub must not generate its own into its data
   * folder, beside the database, where a copy of both finds every person's key from an ID number
   * (issue #12, "Hardening"); empty otherwise. A hub that generated one before keeps using it:
   * persons are found by it, and the file holds the key in base64 where a setting is taken as text,
   * so it cannot simply be copied into the setting.
   */
  public static Optional<String> missingIndexSecret(
      Map<String, String> values, boolean generatedBefore) {
    return generatedBefore ? Optional.empty() : missing(INDEX_SECRET, "index secret", values);
  }

  /** The refusal when {@code setting} is not set in {@code values}: it is not generated. */
  private static Optional<String> missing(
      Setting setting, String what, Map<String, String> values) {
    String value = values.get(setting.property());
    if (value != null && !value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        setting.property()
            + " ("
            + setting.environment()
            + ") is not set: a production hub (tongchou.production=true) does not generate its own "
            + what
            + " into its data folder. Generate one (openssl rand -base64 32), keep it in a secret"
            + " store apart from the database backups, and set it (docs/PRIVACY.md)");
  }

  static boolean isExample(String value) {
    String trimmed = value.trim();
    return EXAMPLES.stream().anyMatch(trimmed::equalsIgnoreCase);
  }
}
