package org.tongchou.workload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.adapter.cli.CommandRun;
import org.tongchou.adapter.cli.ExitCodes;
import org.tongchou.adapter.facts.FactFile;
import org.tongchou.adapter.facts.FactFileReader;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.onboarding.HistoryOrder;
import org.tongchou.adapter.onboarding.SourcedFact;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.TestHub;

/**
 * Issue #15: {@code import} records exactly what pushing the same facts one by one records. A
 * simulated year of migrants between provinces is imported, province after province, into one hub
 * (its own schema), with that hub stopped in the middle of the first import and the import run
 * again; the same facts, in the import's order, are pushed with {@code push --batch-size 1} into a
 * second hub (a schema of its own). The two stores are then compared as {@link StoreSnapshot} reads
 * them: every person's events (content, in sequence), every receipt (fingerprint, person, sequence,
 * whether the chain was shown), every obligation of the read model, every feed entry's divisions,
 * and within each store every hash chain. Only the feed's import mark differs: set on every entry
 * of the imported store, on none of the pushed one.
 */
class ImportEqualsPushIT {

  static final String SEED = "7";

  @TempDir static Path dir;
  static JsonNode truth;
  static final Map<String, CommandRun> imports = new LinkedHashMap<>();
  static final Map<String, CommandRun> pushes = new LinkedHashMap<>();
  static CommandRun cutOff;
  static StoreSnapshot imported;
  static StoreSnapshot pushed;
  static int facts;

  @BeforeAll
  static void importIntoOneHubAndPushOneByOneIntoAnother() throws Exception {
    CommandRun simulated =
        CommandRun.with(
            Workload::commandLine,
            "simulate",
            "--seed",
            SEED,
            "--persons",
            "60",
            "--start",
            "2025-01",
            "--months",
            "12",
            "--out",
            dir.toString());
    assertThat(simulated.exitCode()).as(simulated.out() + simulated.err()).isZero();
    truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<String> provinces = new ArrayList<>();
    truth.get("pushOrder").forEach(code -> provinces.add(code.asText()));

    String[] importSchema = TestHub.inFreshSchema("imported");
    ConfigurableApplicationContext hub = TestHub.startOnPostgres(importSchema);
    String first = provinces.get(0);
    Path firstState = dir.resolve(first + ".state");
    CompletableFuture<CommandRun> running =
        CompletableFuture.supplyAsync(() -> importProvince(hub, first, firstState, "1"));
    awaitCheckpointPast(firstState, running);
    hub.close(); // the hub goes away in the middle of the import
    cutOff = running.join();
    ConfigurableApplicationContext again = TestHub.startOnPostgres(importSchema);
    try {
      for (String province : provinces) {
        imports.put(
            province, importProvince(again, province, dir.resolve(province + ".state"), "8"));
      }
      imported = snapshot(again);
    } finally {
      again.close();
    }

    ConfigurableApplicationContext other = TestHub.startOnPostgres(TestHub.inFreshSchema("pushed"));
    try {
      for (String province : provinces) {
        pushes.put(province, pushOneByOne(other, province));
      }
      pushed = snapshot(other);
    } finally {
      other.close();
    }
  }

  static CommandRun importProvince(
      ConfigurableApplicationContext hub, String province, Path state, String attempts) {
    try {
      return CommandRun.of(
          "import",
          dir.resolve("facts/" + province + ".jsonl").toString(),
          "--hub",
          "127.0.0.1:" + TestHub.grpcPort(hub),
          "--region",
          province,
          "--token-file",
          token(hub, province).toString(),
          "--state",
          state.toString(),
          "--streams",
          "2",
          "--chunk",
          "10",
          "--batch-size",
          "5",
          "--reconnect-attempts",
          attempts);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The province's facts in the import's order, one line a batch. */
  static CommandRun pushOneByOne(ConfigurableApplicationContext hub, String province)
      throws Exception {
    Path file = dir.resolve("facts/" + province + ".jsonl");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    FactFile read = new FactFileReader().read(file);
    List<SourcedFact> sourced = new ArrayList<>();
    for (MappedFact fact : read.facts()) {
      sourced.add(new SourcedFact(0, fact));
    }
    List<String> ordered = new ArrayList<>();
    HistoryOrder.of(sourced).forEach(f -> ordered.add(lines.get(f.fact().line() - 1)));
    Path orderedFile = Files.write(dir.resolve(province + "-ordered.jsonl"), ordered);
    facts += ordered.size();
    return CommandRun.of(
        "push",
        orderedFile.toString(),
        "--hub",
        "127.0.0.1:" + TestHub.grpcPort(hub),
        "--region",
        province,
        "--token-file",
        token(hub, province).toString(),
        "--batch-size",
        "1");
  }

  static Path token(ConfigurableApplicationContext hub, String province) throws Exception {
    return Files.writeString(
        Files.createTempFile(dir, province, ".token"),
        hub.getBean(CredentialStore.class).issue(province, "import-" + province));
  }

  static void awaitCheckpointPast(Path state, CompletableFuture<CommandRun> running)
      throws Exception {
    Path checkpoint = state.resolve("checkpoint");
    for (int i = 0; i < 600 && !running.isDone(); i++) {
      if (Files.exists(checkpoint)) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(checkpoint)) {
          p.load(in);
        } catch (java.io.IOException beingReplaced) {
          continue;
        }
        if (Long.parseLong(p.getProperty("done", "0")) > 0) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the import made no checkpoint: " + running.getNow(null));
  }

  static StoreSnapshot snapshot(ConfigurableApplicationContext hub) {
    assertThat(hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(120))).isTrue();
    return StoreSnapshot.of(hub);
  }

  @Test
  void theImportCutOffByTheHubStoppingSaysSoAndTheNextRunResumesFromItsCheckpoint() {
    assertThat(cutOff.exitCode()).as(cutOff.out() + cutOff.err()).isEqualTo(ExitCodes.NOT_DONE);
    assertThat(cutOff.out()).contains("not sent");
    CommandRun resumed = imports.values().iterator().next();
    assertThat(resumed.err()).contains("import: resuming after");
  }

  @Test
  void everyImportEndsWithOneOutcomePerFactAndTheSameRefusalsAsThePush() {
    imports.forEach(
        (province, run) -> {
          assertThat(run.exitCode()).as(province + run.out() + run.err()).isIn(0, 1);
          assertThat(run.out()).doesNotContain("not sent");
          // After the cut-off, facts the hub recorded but the import had not journaled come back
          // as duplicates: accepted and duplicate together are what the push accepted.
          Map<String, Integer> got = counts(run.out());
          Map<String, Integer> push = counts(pushes.get(province).out());
          assertThat(got.get("accepted") + got.get("duplicate"))
              .isEqualTo(push.get("accepted") + push.get("duplicate"));
          assertThat(got.get("refused")).isEqualTo(push.get("refused"));
          assertThat(refusals(run.out())).isEqualTo(refusals(pushes.get(province).out()));
        });
  }

  @Test
  void theTwoStoresHoldTheSameEventsForEveryPersonInTheSameOrder() {
    assertThat(imported.events).isNotEmpty();
    assertThat(imported.events.keySet()).isEqualTo(pushed.events.keySet());
    imported.events.forEach(
        (person, events) -> assertThat(events).as(person).isEqualTo(pushed.events.get(person)));
  }

  @Test
  void everyHashChainHoldsInBothStores() {
    assertThat(imported.chainProblems).isEmpty();
    assertThat(pushed.chainProblems).isEmpty();
  }

  @Test
  void theTwoStoresHoldTheSameReceipts() {
    assertThat(imported.receipts).hasSize(facts - refusedLines());
    assertThat(imported.receipts).isEqualTo(pushed.receipts);
  }

  @Test
  void theTwoStoresHoldTheSameObligations() {
    assertThat(imported.obligations).isNotEmpty().isEqualTo(pushed.obligations);
  }

  @Test
  void theFeedHoldsTheSameEntriesOnlyThoseOfTheImportAreMarked() {
    assertThat(imported.feed.keySet()).isEqualTo(pushed.feed.keySet());
    imported.feed.forEach(
        (event, entry) -> {
          assertThat(entry).as(event).endsWith("imported=true");
          assertThat(pushed.feed.get(event))
              .isEqualTo(entry.replace("imported=true", "imported=false"));
        });
  }

  static int refusedLines() {
    int refused = 0;
    for (CommandRun run : pushes.values()) {
      refused += counts(run.out()).get("refused");
    }
    return refused;
  }

  private static final Pattern COUNT =
      Pattern.compile("(?m)^  (accepted|duplicate|refused) +([\\d,]+)");

  static Map<String, Integer> counts(String out) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = COUNT.matcher(out);
    while (m.find()) {
      counts.put(m.group(1), Integer.parseInt(m.group(2).replace(",", "")));
    }
    return counts;
  }

  /** Refusals as (recordId, field, code), whatever the line format. */
  static Set<String> refusals(String out) {
    Set<String> refusals = new TreeSet<>();
    Matcher m =
        Pattern.compile("(?m)^(?:line \\d+|\\S+:\\d+)  (\\S+)  (\\S+)  (\\S+)  ").matcher(out);
    while (m.find()) {
      refusals.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
    }
    return refusals;
  }
}
