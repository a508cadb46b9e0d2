package org.tongchou.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar tongchou-audit-verifier.jar EXPORT.jsonl [--hub-key PEM]... [--held-checkpoints
 * FILE]}: the auditor's verifier on its own, the same check as the region adapter's {@code audit
 * verify}. Exit codes: 0 intact, 1 a finding, 2 the input could not be read.
 */
public final class VerifyExport {

  /** Everything checks out. */
  public static final int INTACT = 0;

  /** Something does not check out; each finding is printed. */
  public static final int FINDINGS = 1;

  /** The export, a key or the held checkpoints could not be read, or the arguments are wrong. */
  public static final int UNREADABLE = 2;

  private static final String USAGE =
      "usage: java -jar tongchou-audit-verifier.jar EXPORT.jsonl|- [--hub-key PEM]..."
          + " [--held-checkpoints FILE]";

  private VerifyExport() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the check; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String file = null;
    List<byte[]> pins = new ArrayList<>();
    Path held = null;
    ExportVerifier verifier;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--hub-key" -> pins.add(PublicKeyPem.read(Path.of(value(args, ++i))));
          case "--held-checkpoints" -> held = Path.of(value(args, ++i));
          case "-h", "--help" -> {
            out.println(USAGE);
            return INTACT;
          }
          default -> {
            if (file != null || (args[i].startsWith("--") && !args[i].equals("-"))) {
              throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            file = args[i];
          }
        }
      }
      if (file == null) {
        throw new IllegalArgumentException("no export given");
      }
      verifier = new ExportVerifier(pins);
    } catch (IOException | IllegalArgumentException e) {
      err.println("verify: " + e.getMessage());
      err.println(USAGE);
      return UNREADABLE;
    }
    try {
      readExport(file, verifier);
    } catch (IOException | UncheckedIOException e) {
      err.println("verify: cannot read " + file + ": " + e.getMessage());
      return UNREADABLE;
    }
    if (held != null) {
      String problem = HeldCheckpoints.feedAll(held, verifier);
      if (problem != null) {
        err.println("verify: " + problem);
        return UNREADABLE;
      }
    }
    VerificationReport report = verifier.finish();
    report.lines().forEach(out::println);
    return report.intact() ? INTACT : FINDINGS;
  }

  /** Hands every non-blank line of the export ({@code -}: standard input) to the verifier. */
  public static void readExport(String file, ExportVerifier verifier) throws IOException {
    try (BufferedReader lines =
        file.equals("-")
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      readLines(lines, verifier);
    }
  }

  /**
   * Hands every non-blank line to the verifier. Bytes that are not UTF-8 are an IOException (a
   * {@link java.nio.charset.MalformedInputException}) from a reader that reports them.
   */
  public static void readLines(BufferedReader lines, ExportVerifier verifier) throws IOException {
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (!line.isBlank()) {
        verifier.accept(line);
      }
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
