package org.tongchou.hub.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.tongchou.hub.HubApplication;

class ExampleSecretsTest {

  @Test
  void thePersonKeySecretOfHubEnvExampleIsRefusedNamingItsPropertyAndVariable() {
    assertThat(
            ExampleSecrets.misused(
                Map.of("tongchou.person-key.secret", "change-me-to-a-long-random-secret")))
        .hasValueSatisfying(
            refusal ->
                assertThat(refusal)
                    .startsWith("tongchou.person-key.secret (TONGCHOU_PERSON_KEY_SECRET)")
                    .contains("tongchou.production=true"));
  }

  @Test
  void theBenchScriptsSecretTheDatabasePasswordOfTheExampleAndPaddedOrUpperCaseCopiesAreRefused() {
    assertThat(
            ExampleSecrets.misused(
                Map.of("tongchou.person-index.secret", "bench-secret-0123456789")))
        .hasValueSatisfying(r -> assertThat(r).startsWith("tongchou.person-index.secret"));
    assertThat(ExampleSecrets.misused(Map.of("spring.datasource.password", "change-me")))
        .hasValueSatisfying(r -> assertThat(r).startsWith("spring.datasource.password"));
    assertThat(ExampleSecrets.misused(Map.of("tongchou.person-data.master-key", " CHANGE-ME ")))
        .hasValueSatisfying(r -> assertThat(r).startsWith("tongchou.person-data.master-key"));
  }

  @Test
  void secretsOfOnesOwnPass() {
    assertThat(
            ExampleSecrets.misused(
                Map.of(
                    "tongchou.person-key.secret", "x7Qp0Vw3-a-secret-of-its-own",
                    "tongchou.person-data.master-key",
                        "dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZHVjdCE=",
                    "spring.datasource.password", "tongchou")))
        .isEmpty();
  }

  @Test
  void aProductionHubWithTheExampleSecretDoesNotStartAndSaysWhichPropertyToChange() {
    assertThatThrownBy(
            () ->
                startInProduction("--tongchou.person-key.secret=change-me-to-a-long-random-secret"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("tongchou.person-key.secret (TONGCHOU_PERSON_KEY_SECRET)");
  }

  @Test
  void aProductionHubWithoutAMasterKeyDoesNotGenerateOneButRefusesToStart() {
    assertThat(ExampleSecrets.missingMasterKey(Map.of("tongchou.person-data.master-key", " ")))
        .hasValueSatisfying(
            r ->
                assertThat(r)
                    .startsWith(
                        "tongchou.person-data.master-key (TONGCHOU_PERSON_DATA_MASTER_KEY) is not"
                            + " set"));
    assertThatThrownBy(
            () -> startInProduction("--tongchou.person-key.secret=x7Qp0Vw3-a-secret-of-its-own"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("tongchou.person-data.master-key");
  }

  @Test
  void aProductionHubWithoutItsDatabaseUrlRefusesToFallBackToTheProfilesDefault() {
    assertThatThrownBy(
            () ->
                startInProduction(
                    "--tongchou.person-key.secret=x7Qp0Vw3-a-secret-of-its-own",
                    "--tongchou.person-data.master-key="
                        + "dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZHVjdCE=",
                    "--tongchou.person-index.secret=k2Lw9-an-index-secret-of-its-own"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("spring.datasource.url (TONGCHOU_DB_URL) is not set");
  }

  @Test
  void aProductionHubWithoutAnIndexSecretDoesNotGenerateOneButRefusesToStart() {
    assertThat(ExampleSecrets.missingIndexSecret(Map.of(), false))
        .hasValueSatisfying(
            r ->
                assertThat(r)
                    .startsWith(
                        "tongchou.person-index.secret (TONGCHOU_PERSON_INDEX_SECRET) is not set"));
    assertThat(
            ExampleSecrets.missingIndexSecret(
                Map.of("tongchou.person-index.secret", "k2Lw9-an-index-secret-of-its-own"), false))
        .isEmpty();
    assertThat(ExampleSecrets.missingIndexSecret(Map.of(), true))
        .as("a hub that generated one before keeps it: persons are found by it")
        .isEmpty();
    new java.io.File("target/example-secrets/" + ExampleSecrets.INDEX_SECRET_FILE).delete();
    assertThatThrownBy(
            () ->
                startInProduction(
                    "--tongchou.person-key.secret=x7Qp0Vw3-a-secret-of-its-own",
                    "--tongchou.person-data.master-key="
                        + "dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZHVjdCE="))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("tongchou.person-index.secret");
  }

  @Test
  void outsideProductionTheGuardLetsATrialUseTheExample() {
    org.springframework.core.env.StandardEnvironment environment =
        new org.springframework.core.env.StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new org.springframework.core.env.MapPropertySource(
                "trial",
                Map.of(
                    "tongchou.production", "false",
                    "tongchou.person-key.secret", "change-me-to-a-long-random-secret")));

    new ExampleSecretsGuard().postProcessEnvironment(environment, null);
  }

  /** Starts a hub under the postgres profile in production with {@code settings}. */
  static void startInProduction(String... settings) {
    List<String> args = new ArrayList<>(List.of(settings));
    args.add("--tongchou.production=true");
    args.add("--tongchou.data-dir=target/example-secrets");
    new SpringApplicationBuilder(HubApplication.class)
        .profiles("postgres")
        .run(args.toArray(String[]::new));
  }
}
