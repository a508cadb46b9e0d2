package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {

  static final byte[] CSV = "region,region_name\r\n320211,滨湖区\r\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void givenADirectoryTheFileTakesTheHubsNameInItOnlyOnceFinished() throws IOException {
    CsvOutput output = new CsvOutput(dir.toString(), OutputStream.nullOutputStream());

    write(output, "scorecards-320200-2026.csv");
    assertThat(dir.resolve("scorecards-320200-2026.csv")).doesNotExist();
    Path file = output.finish();

    assertThat(file).isEqualTo(dir.resolve("scorecards-320200-2026.csv")).hasBinaryContent(CSV);
    assertThat(Files.list(dir)).containsExactly(file);
  }

  @Test
  void givenAFileNameTheHubsNameIsIgnoredAndAnOlderFileReplaced() throws IOException {
    Path named = Files.writeString(dir.resolve("wuxi.csv"), "old");
    CsvOutput output = new CsvOutput(named.toString(), OutputStream.nullOutputStream());

    write(output, "scorecards-320200-2026.csv");

    assertThat(output.finish()).isEqualTo(named).hasBinaryContent(CSV);
  }

  @Test
  void givenADashTheBytesGoToStandardOutputWhichStaysOpen() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    CsvOutput output = new CsvOutput("-", stdout);

    write(output, "scorecards-320200-2026.csv");

    assertThat(output.finish()).isNull();
    assertThat(stdout.toByteArray()).isEqualTo(CSV);
  }

  @Test
  void aDiscardedExportLeavesNoFileBehind() throws IOException {
    CsvOutput output = new CsvOutput(dir.toString(), OutputStream.nullOutputStream());

    write(output, "scorecards-320200-2026.csv");
    output.discard();

    assertThat(Files.list(dir)).isEmpty();
  }

  @Test
  void aNameFromTheHubThatWouldLeaveTheDirectoryIsRefused() {
    CsvOutput output = new CsvOutput(dir.toString(), OutputStream.nullOutputStream());

    assertThatThrownBy(() -> output.open("../../etc/cron.d/x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("give --output FILE");
  }

  private static void write(CsvOutput output, String hubName) throws IOException {
    try (OutputStream out = output.open(hubName)) {
      out.write(CSV, 0, 10);
      out.write(CSV, 10, CSV.length - 10);
    }
  }
}
