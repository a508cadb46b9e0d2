package org.tongchou.adapter.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.EvidenceClient;
import org.tongchou.adapter.hub.ExportFilter;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit export}: the hub's log, or part of it, as a JSON Lines file an auditor can check
 * without the hub.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the hub's log as JSON Lines (tongchou-export/1, docs/AUDIT.md): the signing keys, the signed checkpoints"
          + " and every event exactly as stored, with its hash. Without filters it is everything, and `audit verify`"
          + " rebuilds every checkpoint from it; with filters each event carries its audit path instead.",
      "The file is written under a temporary name and put in place only once the whole stream has arrived."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "1:the hub refused (not an auditor, invalid filter)",
      "2:the hub could not be reached, the credential was refused, or the file could not be written"
    })
final class AuditExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Option(names = "--person", paramLabel = "ID_NUMBER", description = "Only this person's events.")
  String idNumber;

  @Option(
      names = "--person-key",
      paramLabel = "KEY",
      description = "Only this person's events, by person key.")
  String personKey;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      description = "Only the entries that concern this division.")
  String region;

  @Option(
      names = "--recorded-from",
      paramLabel = "INSTANT",
      description =
          "Only events the hub recorded at or after this time (ISO-8601, e.g. 2026-03-01T00:00:00Z).")
  Instant recordedFrom;

  @Option(
      names = "--recorded-to",
      paramLabel = "INSTANT",
      description = "Only events recorded before this time.")
  Instant recordedTo;

  @Option(
      names = "--purpose",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Why you export; kept in the hub's access log.")
  String purpose;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      defaultValue = "tongchou-export.jsonl",
      description = "Where to write, or - for standard output (default: ${DEFAULT-VALUE}).")
  String output;

  @Override
  public Integer call() {
    ExportFilter filter =
        new ExportFilter(idNumber, personKey, region, recordedFrom, recordedTo, purpose);
    LineProgress progress = new LineProgress(spec.commandLine().getErr(), "lines exported");
    boolean toStdout = output.equals("-");
    Path target = toStdout ? null : Path.of(output).toAbsolutePath();
    Path partial = toStdout ? null : target.resolveSibling(target.getFileName() + ".partial");
    try (HubClient client = hub.connect();
        Writer writer =
            toStdout
                ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      BufferedWriter lines = new BufferedWriter(writer);
      long count =
          new EvidenceClient(client)
              .export(
                  filter,
                  line -> {
                    write(lines, line);
                    progress.step();
                  });
      lines.flush();
      progress.finish();
      if (!toStdout) {
        Files.move(
            partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().println("wrote " + count + " lines to " + target);
      }
      return ExitCodes.OK;
    } catch (HubCallException e) {
      progress.finish();
      deleteQuietly(partial);
      return HubRefusal.report("audit export", e, spec.commandLine().getErr());
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(partial);
      spec.commandLine()
          .getErr()
          .println("audit export: cannot write " + output + ": " + e.getMessage());
      return ExitCodes.NOT_DONE;
    }
  }

  private static void write(BufferedWriter out, String line) {
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // the partial file stays; its name says what it is
    }
  }
}
