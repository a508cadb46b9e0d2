package org.tongchou.hub.platform.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Refuses to start a production hub ({@code tongchou.production=true}) whose secrets are example
 * values, or that has no master key or index secret and would generate one ({@link
 * ExampleSecrets}). It runs once the configuration is read (profiles included) and before any bean
 * exists, so nothing is migrated, keyed or opened with a public secret.
 */
public final class ExampleSecretsGuard implements EnvironmentPostProcessor, Ordered {

  private static final String DB_URL = "spring.datasource.url";
  private static final String DB_URL_VARIABLE = "TONGCHOU_DB_URL";
  private static final String POSTGRES_PROFILE_FILE = "application-postgres.yml";
  private static final String ATTACHED = "configurationProperties";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty("tongchou.production", Boolean.class, false)) {
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (ExampleSecrets.Setting setting : ExampleSecrets.SETTINGS) {
      String value = environment.getProperty(setting.property());
      if (value != null) {
        values.put(setting.property(), value);
      }
    }
    ExampleSecrets.misused(values)
        .or(() -> ExampleSecrets.missingMasterKey(values))
        .or(() -> ExampleSecrets.missingIndexSecret(values, indexSecretGenerated(environment)))
        .or(() -> unnamedDatabase(environment))
        .ifPresent(
            refusal -> {
              throw new IllegalStateException(refusal);
            });
  }

  /**
   * Whether this hub generated its index secret before (a hub of an earlier version, or started
   * outside production): that file stays its secret, since persons are found by it.
   */
  static boolean indexSecretGenerated(ConfigurableEnvironment environment) {
    String dataDir = environment.getProperty("tongchou.data-dir");
    return dataDir != null && Files.exists(Path.of(dataDir, ExampleSecrets.INDEX_SECRET_FILE));
  }

  /**
   * The refusal when the database URL is only the postgres profile's fallback: a production hub
   * whose TONGCHOU_DB_URL went missing (an env file cut at an unquoted {@code &}, a unit without
   * its environment file) would otherwise migrate and write into whatever database answers at the
   * fallback address (a drill did exactly that: deploy/RELIABILITY.md). Empty when the URL was
   * given.
   */
  static Optional<String> unnamedDatabase(ConfigurableEnvironment environment) {
    if (environment.getProperty(DB_URL_VARIABLE) != null) {
      return Optional.empty();
    }
    for (PropertySource<?> source : environment.getPropertySources()) {
      // Spring Boot's "configurationProperties" source only mirrors all the others: skip it.
      if (!ATTACHED.equals(source.getName()) && source.containsProperty(DB_URL)) {
        return source.getName().contains(POSTGRES_PROFILE_FILE)
            ? Optional.of(
                DB_URL
                    + " ("
                    + DB_URL_VARIABLE
                    + ") is not set: a production hub (tongchou.production=true) does not fall"
                    + " back to the postgres profile's default database. Name the database"
                    + " (deploy/README.md); quote the URL in an environment file, since it holds"
                    + " '&'")
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** After the configuration files and profiles are read. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
