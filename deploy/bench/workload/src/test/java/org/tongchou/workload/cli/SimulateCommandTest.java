package org.tongchou.workload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongchou.adapter.cli.CommandRun;

class SimulateCommandTest {

  @TempDir Path dir;

  @Test
  void aSimulationWritesOneFilePerProvinceAndTheGroundTruthAndSaysSo() throws Exception {
    CommandRun run = simulate("--persons", "40", "--seed", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Simulated 40 persons arriving 2025-01-01..2025-12-31 (seed 3): ")
        .contains(
            "province files under " + dir.resolve("out/facts"), "obligations in ground-truth.json");
    assertThat(Files.readString(dir.resolve("out/ground-truth.json")))
        .contains("\"pushOrder\"", "\"obligations\"");
    try (var files = Files.list(dir.resolve("out/facts"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .isNotEmpty()
          .allMatch(n -> n.matches("\\d{2}0000\\.jsonl"));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--late-rate|1.5|--late-rate must be a fraction from 0 to 1, was 1.5",
        "--unanswered-rate|-0.1|--unanswered-rate must be a fraction from 0 to 1",
        "--conflict-rate|NaN|--conflict-rate must be a fraction from 0 to 1",
        "--birth-rate|2|--birth-rate must be a fraction from 0 to 1",
        "--return-rate|0.99|--conflict-rate plus --return-rate must not exceed 1",
        "--persons|0|--persons must be at least 1",
        "--months|0|--months must be at least 1",
        "--start|2025-13|--start must be a month YYYY-MM, was '2025-13'",
        "--start|January|--start must be a month YYYY-MM"
      })
  void aBadValueIsAUsageErrorNamingItsOption(String option, String value, String message) {
    CommandRun run = simulate(option, value);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aRangeEndingLessThanTwoMonthsBeforeTodayIsRefusedNamingStartAndMonths() {
    YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));

    CommandRun run = simulate("--start", thisMonth.minusMonths(2).toString(), "--months", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "--start "
                + thisMonth.minusMonths(2)
                + " with --months 1 ends on "
                + thisMonth.minusMonths(2).atEndOfMonth(),
            "the range must end by " + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(2));
  }

  @Test
  void aDirectoryThatAlreadyHoldsASimulationIsRefusedNamingOut() {
    assertThat(simulate("--persons", "5").exitCode()).isZero();

    CommandRun again = simulate("--persons", "5");

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("--out: ", "already holds a simulation");
  }

  @Test
  void aFlowsFileOfOneCellSendsEveryoneTheSameWay() throws Exception {
    Path flows =
        Files.writeString(dir.resolve("flows.csv"), "origin,destination,weight\n510000,320000,1\n");

    CommandRun run =
        simulate("--persons", "20", "--flows", flows.toString(), "--conflict-rate", "0");

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var files = Files.list(dir.resolve("out/facts"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("320000.jsonl", "510000.jsonl");
    }
  }

  @Test
  void aFlowsFileWithAMistakeIsRefusedNamingTheOptionAndTheLine() throws Exception {
    Path flows =
        Files.writeString(dir.resolve("flows.csv"), "origin,destination,weight\n510000,320100,1\n");

    CommandRun run = simulate("--flows", flows.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--flows " + flows + ": line 2: '320100' is not a province code (XX0000)");
  }

  @Test
  void aMissingFlowsFileIsRefusedNamingTheOption() {
    CommandRun run = simulate("--flows", dir.resolve("nowhere.csv").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--flows " + dir.resolve("nowhere.csv") + ": cannot read it");
  }

  private CommandRun simulate(String... more) {
    List<String> args =
        new ArrayList<>(List.of("simulate", "--out", dir.resolve("out").toString()));
    args.addAll(List.of(more));
    return CommandRun.with(Workload::commandLine, args.toArray(String[]::new));
  }
}
