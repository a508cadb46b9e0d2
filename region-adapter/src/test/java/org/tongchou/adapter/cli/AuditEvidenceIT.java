package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's evidence, end to end over a real hub on PostgreSQL: `audit export` and `audit
 * verify`, and the shell recipe (deploy/audit/verify-export.sh) that needs neither. Each tamper
 * test alters the stored log directly in the database, as a database administrator could, checks
 * that both verifiers name what was altered, and puts the log back.
 */
class AuditEvidenceIT {

  static final Path RECIPE = Path.of("..", "deploy", "audit", "verify-export.sh");

  @TempDir static Path dir;
  static EvidenceHub hub;
  static Path hubKey;

  @BeforeAll
  static void startHub() throws IOException {
    hub = EvidenceHub.start(dir);
    CommandRun keys = hub.audit("keys", "--output", dir.resolve("keys").toString());
    assertThat(keys.exitCode()).as(keys.err()).isZero();
    try (var files = Files.list(dir.resolve("keys"))) {
      hubKey = files.findFirst().orElseThrow();
    }
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void anUntouchedLogExportedWholeVerifiesIntactWithThePinnedKey() throws Exception {
    try (var wuxi =
        org.tongchou.hub.testing.TestHub.clientFor(
            hub.context, org.tongchou.hub.testing.Facts.WUXI)) {
      // One event after the last checkpoint, whichever test wrote it.
      wuxi.submitOne(
          org.tongchou.hub.testing.Facts.service(
              hub.persons.get(0), org.tongchou.hub.testing.Facts.WUXI_BINHU, "2026-06-01"));
    }
    Path export = export("whole.jsonl");

    CommandRun verify =
        CommandRun.of("audit", "verify", export.toString(), "--hub-key", hubKey.toString());

    assertThat(verify.exitCode()).as(verify.out()).isZero();
    assertThat(verify.out())
        .contains("signed checkpoints", "(pinned)", "intact")
        .containsPattern("[1-9][0-9]* events come after the last checkpoint");
    assertThat(recipe(export)).startsWith("0\n").contains("intact");
    assertThat(verifierJar(export)).startsWith("0\n").contains("(pinned)", "intact");
  }

  @Test
  void onePersonsExportCarriesAuditPathsThatLeadToTheSignedRoots() throws Exception {
    Path export = export("person.jsonl", "--person", hub.persons.get(1));

    CommandRun verify =
        CommandRun.of("audit", "verify", export.toString(), "--hub-key", hubKey.toString());

    assertThat(verify.exitCode()).as(verify.out()).isZero();
    assertThat(verify.out()).contains("of 1 persons", "intact");
    assertThat(Files.readString(export)).contains("\"path\":[");
    assertThat(recipe(export)).startsWith("0\n").contains("intact");
  }

  @Test
  void onePersonsExportByTheirPersonKeyIsTheExportByTheirIdNumber() throws Exception {
    Path byNumber = export("by-number.jsonl", "--person", hub.persons.get(1));
    String key =
        Files.readAllLines(byNumber).stream()
            .filter(l -> l.contains("\"kind\":\"event\""))
            .findFirst()
            .map(l -> l.replaceAll(".*\"personKey\":\"(p[0-9a-f]{40})\".*", "$1"))
            .orElseThrow();

    Path byKey = export("by-key.jsonl", "--person-key", key);

    assertThat(key).matches("p[0-9a-f]{40}");
    assertThat(withoutHeader(byKey)).isNotEmpty().isEqualTo(withoutHeader(byNumber));
  }

  /** The key, checkpoint and event lines (the header names the filter and the time of export). */
  private static List<String> withoutHeader(Path export) throws IOException {
    return Files.readAllLines(export).stream()
        .filter(l -> !l.contains("\"kind\":\"header\""))
        .toList();
  }

  @Test
  void aRegionsExportAndATimeRangesExportVerifyIntactByTheirAuditPaths() throws Exception {
    Path henan = export("henan.jsonl", "--region", "410000");
    Path recent =
        export(
            "recent.jsonl",
            "--recorded-from",
            java.time.Instant.now().minusSeconds(3600).toString());

    for (Path export : List.of(henan, recent)) {
      CommandRun verify =
          CommandRun.of("audit", "verify", export.toString(), "--hub-key", hubKey.toString());
      assertThat(verify.exitCode()).as(verify.out()).isZero();
      assertThat(verify.out()).contains("of " + hub.persons.size() + " persons", "intact");
    }
  }

  @Test
  void anEventWhoseAuditPathWasStrippedFromAPartialExportIsNamed() throws Exception {
    Path export = export("stripped.jsonl", "--person", hub.persons.get(1));
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(export));
    int at =
        lines.indexOf(
            lines.stream().filter(l -> l.contains("\"path\":[")).findFirst().orElseThrow());
    String stripped =
        lines
            .get(at)
            .replaceFirst(",\"checkpoint\":\\d+,\"leafIndex\":\\d+,\"path\":\\[[^]]*]", "");
    lines.set(at, stripped);
    Files.write(export, lines);

    CommandRun verify =
        CommandRun.of("audit", "verify", export.toString(), "--hub-key", hubKey.toString());

    assertThat(stripped).doesNotContain("\"path\"");
    assertThat(verify.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(verify.out()).contains("a signed checkpoint covers it, but it has no audit path");
    String position = stripped.replaceFirst(".*\"position\":(\\d+),.*", "$1");
    assertThat(verify.out()).contains("event at position " + position + " (id ");
    assertThat(recipe(export))
        .startsWith("1\n")
        .containsPattern(
            "FAIL event at position "
                + position
                + " \\(person [0-9a-z]+, #\\d+\\): a signed checkpoint"
                + " covers it, but it has no audit path");
  }

  @Test
  void oneAlteredByteOfOneStoredEventIsNamedWithItsCheckpoint() throws Exception {
    Map<String, Object> entry = secondEventOfFirstPerson();
    long index = ((Number) entry.get("global_index")).longValue();
    byte[] original = payload(index);
    byte[] altered = original.clone();
    int at =
        new String(original, java.nio.charset.StandardCharsets.US_ASCII)
                .indexOf("\"occurredOn\":\"2026")
            + 17;
    altered[at] = (byte) (altered[at] == '6' ? '5' : '6');
    hub.jdbc.update(
        "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", altered, index);
    try {
      Path export = export("altered.jsonl");

      CommandRun verify =
          CommandRun.of("audit", "verify", export.toString(), "--hub-key", hubKey.toString());

      assertThat(verify.exitCode()).isEqualTo(ExitCodes.REFUSED);
      assertThat(verify.out())
          .contains("NOT INTACT")
          .contains("event at position " + entry.get("position") + " (id ")
          .contains("the event was altered")
          .contains("checkpoint 1: the Merkle root");
      assertThat(recipe(export))
          .startsWith("1\n")
          .contains("event at position " + entry.get("position"))
          .contains("checkpoint 1: the Merkle root");
    } finally {
      hub.jdbc.update(
          "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, index);
    }
  }

  @Test
  void aDeletedEventIsNamedByItsPositionAndTheBrokenLink() throws Exception {
    Map<String, Object> entry = secondEventOfFirstPerson();
    long index = ((Number) entry.get("global_index")).longValue();
    hub.jdbc.execute(
        "CREATE TABLE deleted_event AS SELECT * FROM domain_event_entry WHERE global_index = "
            + index);
    hub.jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", index);
    try {
      Path export = export("deleted.jsonl");

      CommandRun verify =
          CommandRun.of("audit", "verify", export.toString(), "--hub-key", hubKey.toString());

      assertThat(verify.exitCode()).isEqualTo(ExitCodes.REFUSED);
      assertThat(verify.out())
          .contains("event at position " + entry.get("position") + " (person ")
          .contains("its event is gone")
          .contains("expected the person's event #2 here, found #3")
          .contains("checkpoint 1: it signed");
      // The shell recipe names the broken link after the gap too, as `audit verify` does.
      assertThat(recipe(export))
          .startsWith("1\n")
          .contains("position " + entry.get("position"))
          .containsPattern("expected the person's event #2 here, found #3")
          .contains("checkpoint 1: it signed");
      assertThat(verifierJar(export))
          .startsWith("1\n")
          .contains("its event is gone", "expected the person's event #2 here, found #3");
    } finally {
      hub.jdbc.execute("INSERT INTO domain_event_entry SELECT * FROM deleted_event");
      hub.jdbc.execute("DROP TABLE deleted_event");
    }
  }

  @Test
  void twoReorderedEventsAreBothNamed() throws Exception {
    List<Map<String, Object>> first = eventsOfFirstPerson();
    long a = ((Number) first.get(1).get("global_index")).longValue();
    long b = ((Number) first.get(2).get("global_index")).longValue();
    byte[] payloadA = payload(a);
    byte[] payloadB = payload(b);
    swap(a, b, payloadB, payloadA);
    try {
      Path export = export("reordered.jsonl");

      CommandRun verify =
          CommandRun.of("audit", "verify", export.toString(), "--hub-key", hubKey.toString());

      assertThat(verify.exitCode()).isEqualTo(ExitCodes.REFUSED);
      assertThat(verify.out())
          .contains("event at position " + first.get(1).get("position") + " (id ")
          .contains("expected the person's event #2 here, found #3")
          .contains("event at position " + first.get(2).get("position") + " (id ")
          .contains("expected the person's event #4 here, found #2");
      assertThat(recipe(export))
          .startsWith("1\n")
          .contains("event at position " + first.get(1).get("position"));
    } finally {
      swap(a, b, payloadA, payloadB);
    }
  }

  @Test
  void checkpointsSignedAfterAKeyRotationVerifyWithTheFirstKeyPinnedThroughItsEndorsement()
      throws Exception {
    hub.context.getBean(org.tongchou.hub.evidence.app.SigningKeys.class).rotate();
    try (var wuxi =
        org.tongchou.hub.testing.TestHub.clientFor(
            hub.context, org.tongchou.hub.testing.Facts.WUXI)) {
      wuxi.submitOne(
          org.tongchou.hub.testing.Facts.service(
              hub.persons.get(2), org.tongchou.hub.testing.Facts.WUXI_BINHU, "2026-05-01"));
    }
    hub.context.getBean(org.tongchou.hub.evidence.app.Checkpoints.class).writeNext().orElseThrow();
    Path export = export("rotated.jsonl");

    CommandRun verify =
        CommandRun.of("audit", "verify", export.toString(), "--hub-key", hubKey.toString());

    assertThat(verify.exitCode()).as(verify.out()).isZero();
    assertThat(verify.out())
        .containsPattern("[3-9] signed checkpoints, [2-9] signing keys \\(pinned\\)");
    assertThat(recipe(export)).startsWith("0\n").contains("intact");
  }

  @Test
  void aCheckpointTheHubReSignedDifferentlyIsCaughtByTheCopiesARegionKeeps() throws Exception {
    Path held = heldCopiesOfTheFirstTwoCheckpoints();
    Map<String, Object> original =
        hub.jdbc.queryForMap("SELECT body, hash, signature FROM log_checkpoint WHERE sequence = 1");
    String rewritten =
        ((String) original.get("body"))
            .replaceFirst("\"createdAt\":\"[^\"]*\"", "\"createdAt\":\"2026-01-01T00:00:00Z\"");
    var signed =
        hub.context
            .getBean(org.tongchou.hub.evidence.app.SigningKeys.class)
            .sign(rewritten.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    hub.jdbc.update(
        "UPDATE log_checkpoint SET body = ?, hash = ?, signature = ? WHERE sequence = 1",
        rewritten,
        org.tongchou.hub.kernel.EventHashes.sha256(
            rewritten.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        java.util.Base64.getEncoder().encodeToString(signed.signature()));
    try {
      Path export = export("resigned.jsonl");

      CommandRun verify =
          CommandRun.of(
              "audit",
              "verify",
              export.toString(),
              "--hub-key",
              hubKey.toString(),
              "--held-checkpoints",
              held.toString());

      assertThat(verify.exitCode()).isEqualTo(ExitCodes.REFUSED);
      assertThat(verify.out())
          .contains("2 checkpoints held outside the hub were compared")
          .contains("checkpoint 1 (held copy): the hub signed it differently before")
          .contains("checkpoint 2: its previous hash is not the hash of checkpoint 1");
    } finally {
      hub.jdbc.update(
          "UPDATE log_checkpoint SET body = ?, hash = ?, signature = ? WHERE sequence = 1",
          original.get("body"),
          original.get("hash"),
          original.get("signature"));
    }
  }

  /** Henan's feed from the start, as its adapter's inbox would keep the signed checkpoints. */
  private Path heldCopiesOfTheFirstTwoCheckpoints() throws Exception {
    String henan =
        hub.context
            .getBean(org.tongchou.hub.access.app.CredentialStore.class)
            .issue("410000", "henan-copies");
    List<String> copies = new java.util.ArrayList<>();
    try (var client = org.tongchou.hub.testing.TestHub.clientFor(hub.context, "320200");
        var feed = new org.tongchou.hub.testing.FeedClient(client, henan, 0, 10_000, 60_000)) {
      while (copies.size() < 2) {
        var item = feed.next(10_000);
        assertThat(item).as("a signed checkpoint in Henan's feed").isNotNull();
        if (item.hasSignedCheckpoint()) {
          copies.add(
              com.google.protobuf.util.JsonFormat.printer()
                  .omittingInsignificantWhitespace()
                  .print(item));
        }
      }
    }
    return Files.write(dir.resolve("held.jsonl"), copies);
  }

  @Test
  void anErasureTakesItsPlaceInTheLogSoThatTheErasedPersonsChainStillVerifies() throws Exception {
    String person =
        org.tongchou.hub.testing.IdNumbers.woman(
            org.tongchou.hub.testing.Facts.ZHENGZHOU_ZHONGYUAN);
    String[] personKey = new String[1];
    try (var henan =
            org.tongchou.hub.testing.TestHub.clientFor(
                hub.context, org.tongchou.hub.testing.Facts.HENAN);
        var office =
            org.tongchou.hub.testing.TestHub.clientAs(
                hub.context,
                org.tongchou.hub.access.domain.Role.OFFICE,
                org.tongchou.hub.testing.Facts.HENAN)) {
      personKey[0] =
          henan
              .submitOne(
                  org.tongchou.hub.testing.Facts.registered(
                      person, org.tongchou.hub.testing.Facts.ZHENGZHOU_ZHONGYUAN, "2026-01-05"))
              .getReceipt()
              .getPersonKey();
      office
          .authorized(org.tongchou.proto.v1.ErasureGrpc.newBlockingStub(office.channel()))
          .erasePerson(
              org.tongchou.proto.v1.ErasePersonRequest.newBuilder()
                  .setIdNumber(person)
                  .setReason("PIPL art. 47 request 2026-118")
                  .build());
    }
    hub.context.getBean(org.tongchou.hub.evidence.app.Checkpoints.class).writeNext().orElseThrow();
    Path whole = export("erased.jsonl");
    // By key: erasing a person deletes the ID number's index entry (docs/ACCESS.md), so the number
    // no longer leads to the key.
    Path alone = export("erased-person.jsonl", "--person-key", personKey[0]);

    for (Path export : List.of(whole, alone)) {
      CommandRun verify =
          CommandRun.of("audit", "verify", export.toString(), "--hub-key", hubKey.toString());
      assertThat(verify.exitCode()).as(verify.out()).isZero();
      assertThat(recipe(export)).startsWith("0\n");
    }
    assertThat(Files.readString(alone))
        .contains("\"type\":\"org.tongchou.hub.erasure.domain.PersonErased\"");
  }

  @Test
  void anExportByAnythingButAnAuditorIsRefused() throws Exception {
    Path token =
        Files.writeString(
            dir.resolve("wuxi.token"),
            hub.context
                .getBean(org.tongchou.hub.access.app.CredentialStore.class)
                .issue("320200", "wuxi"));

    CommandRun run =
        CommandRun.of(
            "audit",
            "export",
            "--hub",
            hub.address,
            "--token-file",
            token.toString(),
            "--output",
            dir.resolve("refused.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(run.err()).contains("audit export: PERMISSION_DENIED", "only an auditor may");
    assertThat(dir.resolve("refused.jsonl")).doesNotExist();
  }

  private Map<String, Object> secondEventOfFirstPerson() {
    return eventsOfFirstPerson().get(1);
  }

  /** The first person's log entries, oldest first; the first three lie under checkpoint 1. */
  private List<Map<String, Object>> eventsOfFirstPerson() {
    List<Map<String, Object>> log = hub.log();
    Object firstPerson = log.get(0).get("person_key");
    return log.stream().filter(e -> e.get("person_key").equals(firstPerson)).toList();
  }

  private byte[] payload(long index) {
    return hub.jdbc.queryForObject(
        "SELECT payload FROM domain_event_entry WHERE global_index = ?", byte[].class, index);
  }

  private void swap(long a, long b, byte[] intoA, byte[] intoB) {
    hub.jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", intoA, a);
    hub.jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", intoB, b);
  }

  private Path export(String name, String... filters) {
    Path file = dir.resolve(name);
    String[] args = new String[filters.length + 2];
    args[0] = "--output";
    args[1] = file.toString();
    System.arraycopy(filters, 0, args, 2, filters.length);
    CommandRun run = hub.audit("export", args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return file;
  }

  /** The auditor's verifier jar (deploy/audit/verifier), as the reactor built it before us. */
  static final Path VERIFIER_JAR =
      Path.of("..", "deploy", "audit", "verifier", "target", "tongchou-audit-verifier.jar");

  /**
   * Runs {@code java -jar} on the verifier jar alone (no class path but the jar); its exit code on
   * the first line, then what it printed.
   */
  private static String verifierJar(Path export) throws IOException, InterruptedException {
    assertThat(VERIFIER_JAR).as("built by the reactor before the adapter").exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return run(
        new ProcessBuilder(
            java.toString(),
            "-jar",
            VERIFIER_JAR.toString(),
            export.toString(),
            "--hub-key",
            hubKey.toString()));
  }

  /** Runs the shell recipe; its exit code on the first line, then what it printed. */
  private static String recipe(Path export) throws IOException, InterruptedException {
    return run(new ProcessBuilder("sh", RECIPE.toString(), export.toString(), hubKey.toString()));
  }

  private static String run(ProcessBuilder command) throws IOException, InterruptedException {
    Process process = command.redirectErrorStream(true).start();
    String output =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue() + "\n" + output;
  }
}
