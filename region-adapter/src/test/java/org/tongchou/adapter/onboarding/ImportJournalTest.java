package org.tongchou.adapter.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongchou.adapter.onboarding.HistoryFixtures.WANG;
import static org.tongchou.adapter.onboarding.HistoryFixtures.accepted;
import static org.tongchou.adapter.onboarding.HistoryFixtures.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.adapter.facts.Refusal;
import org.tongchou.adapter.hub.FactAnswer;

class ImportJournalTest {

  @TempDir Path dir;

  final SourcedFact first = service(1, "w-1", WANG, "2026-01-01");
  final SourcedFact second = service(2, "w-2", WANG, "2026-01-02");

  @Test
  void aReopenedJournalResumesAfterTheFactsWhoseOutcomesItRecorded() throws Exception {
    ImportJournal journal = ImportJournal.open(dir, "plan-a", 2);
    journal.record(List.of(first), List.of(accepted(first, "event-1")));

    ImportJournal reopened = ImportJournal.open(dir, "plan-a", 2);

    assertThat(reopened.done()).isEqualTo(1);
    assertThat(reopened.accepted()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve(ImportJournal.OUTCOMES)))
        .startsWith("0\t1\tw-1\tACCEPTED\tevent-1\t7\t");
  }

  @Test
  void outcomeLinesWrittenAfterTheLastCheckpointAreCutOffOnResume() throws Exception {
    ImportJournal journal = ImportJournal.open(dir, "plan-a", 2);
    journal.record(List.of(first), List.of(accepted(first, "event-1")));
    // a crash after a chunk's outcomes were written and before its checkpoint moved
    Files.writeString(
        dir.resolve(ImportJournal.OUTCOMES),
        "0\t2\tw-2\tACCEPTED\tevent-2\t8\tcd\t\t\t\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    ImportJournal reopened = ImportJournal.open(dir, "plan-a", 2);
    reopened.record(List.of(second), List.of(accepted(second, "event-2")));

    assertThat(Files.readAllLines(dir.resolve(ImportJournal.OUTCOMES)))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).contains("ACCEPTED"));
    assertThat(reopened.done()).isEqualTo(2);
  }

  @Test
  void refusalsAreKeptWithTheirLineRecordAndField() throws Exception {
    ImportJournal journal = ImportJournal.open(dir, "plan-a", 1);
    FactAnswer refused =
        new FactAnswer(
            "w-1",
            FactAnswer.Kind.REFUSED,
            Optional.empty(),
            List.of(new Refusal(1, "w-1", "occurredOn", "INVALID_ARGUMENT", "in the\tfuture")));

    journal.record(List.of(first), List.of(refused));

    assertThat(ImportJournal.open(dir, "plan-a", 1).refusals())
        .containsExactly(
            new ImportRefusal(0, 1, "w-1", "occurredOn", "INVALID_ARGUMENT", "in the future"));
  }

  @Test
  void aJournalOfAnotherImportIsRefused() throws Exception {
    ImportJournal.open(dir, "plan-a", 2);

    assertThatThrownBy(() -> ImportJournal.open(dir, "plan-b", 2))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("another import");
  }
}
