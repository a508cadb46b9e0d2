package org.tongchou.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.tongchou.hub.HubApplication;
import org.tongchou.hub.access.cli.OperatorCli;
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.testing.TestHub;

/**
 * The operator's one-shot commands, run as {@code java -jar hub-exec.jar ...} runs them (the
 * command profile, no servers, no deadlines) against PostgreSQL.
 */
public class OperatorCommandsIT {

  /** Runs a command like HubApplication.main does, without System.exit; returns what it printed. */
  public static String run(String[] schema, String command, String... words) {
    List<String> args = new ArrayList<>(List.of(schema));
    args.addAll(
        List.of(
            "--tongchou.command=" + command,
            "--tongchou.grpc.enabled=false",
            "--tongchou.person-key.secret=" + TestHub.PERSON_KEY_SECRET,
            "--tongchou.person-data.master-key=" + TestHub.MASTER_KEY,
            "--tongchou.person-index.secret=" + TestHub.INDEX_SECRET,
            "--tongchou.data-dir=target/test-data"));
    args.add(command);
    args.addAll(List.of(words));
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      new SpringApplicationBuilder(HubApplication.class)
          .web(WebApplicationType.NONE)
          .profiles("postgres", "command")
          .run(args.toArray(String[]::new))
          .close();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void issuingACredentialPrintsOnlyTheToken() {
    List<String> args = new ArrayList<>(List.of("credentials", "issue", "--region", "320200"));
    args.addAll(List.of(TestHub.inFreshSchema("commands")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        OperatorCli.run(
            args,
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String token = out.toString(StandardCharsets.UTF_8).strip();

    assertThat(exit).isZero();

    assertThat(token).matches("[A-Za-z0-9_-]{20,}");
  }

  @Test
  void rotatingTheSigningKeyRecordsTheNewKeyEndorsedByTheOld() {
    String[] schema = TestHub.inFreshSchema("signing_cli");
    String first = run(schema, "signing", "list").strip();

    String rotated = run(schema, "signing", "rotate").strip();
    String listed = run(schema, "signing", "list");

    String firstId = first.substring(0, 64);
    assertThat(first).endsWith("first key");
    assertThat(rotated)
        .startsWith("rotated: key ")
        .endsWith(" replaces " + firstId + ", which endorsed it");
    assertThat(listed.lines()).hasSize(2);
    assertThat(listed.lines().skip(1).findFirst().orElseThrow()).endsWith("replaces " + firstId);
  }

  @Test
  void aPolicyFileIsLoadedOnceAndListedWithItsHash(@TempDir Path dir) throws Exception {
    String[] schema = TestHub.inFreshSchema("policy_cli");
    Path file = dir.resolve("national-2026.1.yaml");
    Files.writeString(
        file,
        new String(ShippedPolicies.bytes("national-2009.1.yaml"), StandardCharsets.UTF_8)
            .replace("version: national-2009.1", "version: national-2026.1")
            .replace("effectiveFrom: 2009-10-01", "effectiveFrom: 2026-01-01"));

    assertThat(run(schema, "policy", "load", file.toString()))
        .startsWith("loaded national-2026.1 (sha256 ");
    assertThat(run(schema, "policy", "load", file.toString()))
        .startsWith("unchanged national-2026.1");
    assertThat(run(schema, "policy", "list"))
        .contains("national-2009.1  national", "national-2026.1  national");
  }

  @Test
  void aPolicyFileWithAMistakeIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "version: x\neffectiveFrom: 2026-01-01\nscope: national\n");

    assertThatThrownBy(
            () -> run(TestHub.inFreshSchema("policy_bad"), "policy", "load", file.toString()))
        .hasMessage("policy refused");
  }
}
