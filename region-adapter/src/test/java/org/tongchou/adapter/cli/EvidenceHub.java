package org.tongchou.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.evidence.app.Checkpoints;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;

/**
 * A hub in a schema of its own with a small history: persons registered in Zhengzhou who move to
 * Wuxi, two signed checkpoints over most of it and a few events after the last. Tests alter the
 * stored log directly in PostgreSQL, as someone with database access could, and put it back.
 */
final class EvidenceHub implements AutoCloseable {

  final ConfigurableApplicationContext context;
  final String address;
  final JdbcTemplate jdbc;
  final List<String> persons;
  private final Path auditorToken;

  private EvidenceHub(ConfigurableApplicationContext context, Path dir, List<String> persons)
      throws IOException {
    this.context = context;
    this.address = "127.0.0.1:" + TestHub.grpcPort(context);
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.persons = persons;
    this.auditorToken =
        Files.writeString(
            dir.resolve("auditor.token"),
            context.getBean(CredentialStore.class).issue(Role.AUDITOR, null, "auditor"));
  }

  static EvidenceHub start(Path dir) throws IOException {
    ConfigurableApplicationContext context =
        TestHub.startOnPostgres(withSettings(TestHub.inFreshSchema("evidence")));
    List<String> persons =
        List.of(
            IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN),
            IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN),
            IdNumbers.man(Facts.ZHENGZHOU_ZHONGYUAN));
    Checkpoints checkpoints = context.getBean(Checkpoints.class);
    try (HubClient henan = TestHub.clientFor(context, Facts.HENAN);
        HubClient wuxi = TestHub.clientFor(context, Facts.WUXI)) {
      for (String person : persons) {
        henan.submitOne(Facts.registered(person, Facts.ZHENGZHOU_ZHONGYUAN, "2026-01-05"));
        wuxi.submitOne(Facts.arrival(person, Facts.WUXI_BINHU, "2026-02-01"));
      }
      checkpoints.writeNext().orElseThrow();
      for (String person : persons) {
        wuxi.submitOne(Facts.service(person, Facts.WUXI_BINHU, "2026-03-01"));
      }
      checkpoints.writeNext().orElseThrow();
      wuxi.submitOne(Facts.service(persons.get(0), Facts.WUXI_BINHU, "2026-04-01"));
    }
    return new EvidenceHub(context, dir, persons);
  }

  private static String[] withSettings(String[] schema) {
    String[] all = java.util.Arrays.copyOf(schema, schema.length + 1);
    // Checkpoints come only when a test writes them, so that the history is the same every run.
    all[schema.length] = "--tongchou.checkpoints.interval=1h";
    return all;
  }

  /** An audit command as the auditor, against this hub. */
  CommandRun audit(String command, String... args) {
    String[] all = new String[args.length + 6];
    all[0] = "audit";
    all[1] = command;
    all[2] = "--hub";
    all[3] = address;
    all[4] = "--token-file";
    all[5] = auditorToken.toString();
    System.arraycopy(args, 0, all, 6, args.length);
    return CommandRun.of(all);
  }

  /** The log's entries, oldest first: position, global index, person key. */
  List<Map<String, Object>> log() {
    return jdbc.queryForList(
        "SELECT position, global_index, person_key FROM feed_entry ORDER BY position");
  }

  @Override
  public void close() {
    context.close();
  }
}
