package org.tongchou.adapter.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tongchou.verifier.ExportVerifier;
import org.tongchou.verifier.HeldCheckpoints;
import org.tongchou.verifier.PublicKeyPem;
import org.tongchou.verifier.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit verify FILE}: checks an export without the hub. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks an export (from `audit export`) without the hub: every event's hash over its stored bytes, every link of"
          + " each person's hash chain, every signed checkpoint's chain, signature and Merkle root, and the"
          + " endorsement of every rotated key. Names each event, position or checkpoint that fails.",
      "To check the hub's store as it is now: audit export --output - ... | audit verify - --hub-key hub.pem"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:intact",
      "1:something does not check out (each finding is listed)",
      "2:the file or a key could not be read"
    })
final class AuditVerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The export, or - for standard input.")
  String file;

  @Option(
      names = "--hub-key",
      paramLabel = "PEM",
      description =
          "A hub public key you trust (from `audit keys --output`, got from the hub operator out of band);"
              + " repeatable. Keys it endorsed are trusted too. Without it the export's own first key is trusted.")
  List<Path> hubKeys = new ArrayList<>();

  @Option(
      names = "--held-checkpoints",
      paramLabel = "FILE",
      description =
          "Checkpoints kept outside the hub, one JSON per line: the item column of a region's inbox rows of"
              + " kind signed-checkpoint, or checkpoint lines of an earlier export. Each must match the export's.")
  Path heldCheckpoints;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<byte[]> pins = new ArrayList<>();
    ExportVerifier verifier;
    try {
      for (Path key : hubKeys) {
        pins.add(PublicKeyPem.read(key));
      }
      verifier = new ExportVerifier(pins);
    } catch (IOException | IllegalArgumentException e) {
      err.println("audit verify: cannot read a --hub-key: " + e.getMessage());
      return ExitCodes.NOT_DONE;
    }
    LineProgress progress = new LineProgress(err, "lines checked");
    try (BufferedReader lines =
        file.equals("-")
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          verifier.accept(line);
          progress.step();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      progress.finish();
      err.println("audit verify: cannot read " + file + ": " + e.getMessage());
      return ExitCodes.NOT_DONE;
    }
    progress.finish();
    if (heldCheckpoints != null) {
      String problem = HeldCheckpoints.feedAll(heldCheckpoints, verifier);
      if (problem != null) {
        err.println("audit verify: " + problem);
        return ExitCodes.NOT_DONE;
      }
    }
    // The same report as the verifier's own jar prints (deploy/audit/verifier).
    VerificationReport report = verifier.finish();
    report.lines().forEach(out::println);
    return report.intact() ? ExitCodes.OK : ExitCodes.REFUSED;
  }
}
