package org.tongchou.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzing the export verifier (issue #16; deploy/fuzz.sh), with the fixed key of {@link
 * ExportFixture} pinned. Whatever the bytes, it gives a verdict (a report, or "cannot read" for
 * bytes that are not UTF-8) and never throws. And it never calls intact an export whose protected
 * content differs from the valid one's: the stored bytes, position and person of each event, each
 * checkpoint's signed body, and the header's format and fullness. (The rest of a line, {@code
 * eventId}, {@code type}, the head position, key lines when the key is pinned, is covered by
 * nothing, docs/AUDIT.md.) Events the report counts as after the last checkpoint are covered only
 * by their hash chains, which anyone can compute: the check applies when there are none. Bytes read
 * as a whole export file may be another valid export: there the check is that every event and
 * checkpoint an intact report accepted is one the hub wrote and signed.
 *
 * <p>The first byte of the fuzzer's data (taken from its end) picks how the rest is used: 0, the
 * valid export changed by a few fuzzed edits (no data at all: the valid export unchanged, which
 * must be intact); 1, the bytes as an export file; 2, the valid export and the bytes as checkpoints
 * held outside the hub.
 */
@Tag("fuzz")
class ExportVerifierFuzzTest {

  static final List<String> VALID = ExportFixture.lines();
  static final Content VALID_CONTENT = Content.of(VALID);
  static final Set<String> VALID_PAYLOADS = new HashSet<>(VALID_CONTENT.payloads());
  static final List<String> MEMBERS =
      List.of(
          "kind",
          "position",
          "personKey",
          "eventId",
          "missing",
          "payload",
          "checkpoint",
          "path",
          "sequence",
          "hash",
          "keyId",
          "body",
          "signature",
          "format",
          "full",
          "headPosition",
          "publicKey",
          "previousKeyId",
          "endorsement");

  @FuzzTest(maxExecutions = 1_000_000)
  void anyExportGetsAVerdictAndNoChangeToWhatItProtectsPassesAsIntact(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 2)) {
      case 0 -> edited(data);
      case 1 -> raw(data.consumeRemainingAsBytes());
      default -> held(data.consumeRemainingAsString());
    }
  }

  private static void edited(FuzzedDataProvider data) {
    List<String> lines = new ArrayList<>(VALID);
    int edits = data.consumeInt(0, 4);
    for (int i = 0; i < edits && !lines.isEmpty(); i++) {
      Edit.values()[data.consumeInt(0, Edit.values().length - 1)].apply(lines, data);
    }

    VerificationReport report = verify(lines);

    Content content = Content.of(lines);
    if (edits == 0) {
      assertThat(report.findings()).as("the valid export").isEmpty();
    }
    if (report.intact() && report.uncovered() == 0) {
      assertSignedContentIsTheHubs(content, lines);
      assertThat(content)
          .as("what an intact report with every event signed protects\n%s", lines)
          .isEqualTo(VALID_CONTENT);
    }
  }

  /**
   * Only the hub's key can sign, so every checkpoint body an intact report accepted is one the hub
   * signed, and every event it found under them is one the hub wrote. (An event after the last
   * checkpoint is covered only by its hash chain, which anyone can compute: not checked here.)
   */
  private static void assertSignedContentIsTheHubs(Content content, Object export) {
    assertThat(VALID_PAYLOADS)
        .as("an event's stored bytes in an intact report\n%s", export)
        .containsAll(content.payloads());
    assertThat(VALID_CONTENT.checkpoints())
        .as("a checkpoint in an intact report\n%s", export)
        .containsAll(content.checkpoints());
  }

  private static void raw(byte[] export) {
    ExportVerifier verifier = new ExportVerifier(List.of(ExportFixture.PUBLIC_KEY));
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new ByteArrayInputStream(export), StandardCharsets.UTF_8.newDecoder()))) {
      VerifyExport.readLines(lines, verifier);
    } catch (IOException notUtf8) {
      return; // the CLI's "cannot read", exit 2
    }
    VerificationReport report = verifier.finish();
    List<String> printed = report.lines();
    assertThat(printed.get(0)).startsWith("checked ");
    assertThat(printed)
        .anyMatch(line -> line.startsWith(report.intact() ? "intact" : "NOT INTACT"));
    if (report.intact() && report.uncovered() == 0) {
      String text = new String(export, StandardCharsets.UTF_8);
      // the lines as BufferedReader splits them
      assertSignedContentIsTheHubs(Content.of(List.of(text.split("\r\n|\r|\n"))), text);
    }
  }

  private static void held(String copies) {
    ExportVerifier verifier = new ExportVerifier(List.of(ExportFixture.PUBLIC_KEY));
    VALID.forEach(verifier::accept);
    List<String> fed = new ArrayList<>();
    for (String line : copies.split("\n")) {
      if (!line.isBlank() && HeldCheckpoints.feed(line, verifier)) {
        fed.add(line);
      }
    }

    VerificationReport report = verifier.finish();

    if (report.intact()) {
      assertThat(report.heldCopies()).isLessThanOrEqualTo(fed.size());
      for (String line : fed) {
        Json.Node node = Json.read(line);
        Json.Node copy = node.has("signedCheckpoint") ? node.get("signedCheckpoint") : node;
        assertThat(VALID_CONTENT.checkpointHashes())
            .as("a held copy that an intact report accepted: %s", line)
            .contains(copy.path("sequence").asLong() + " " + copy.path("hash").asText());
      }
    }
  }

  static VerificationReport verify(List<String> lines) {
    ExportVerifier verifier = new ExportVerifier(List.of(ExportFixture.PUBLIC_KEY));
    lines.stream().filter(line -> !line.isBlank()).forEach(verifier::accept);
    return verifier.finish();
  }

  /**
   * What the format protects, read from an export's lines as the verifier reads them: each event
   * (position, person, whether it is gone, stored bytes) in line order, the set of checkpoints
   * (sequence and signed body) and of headers (format and fullness). A line that is not JSON, or of
   * no known kind, counts as itself.
   */
  record Content(
      List<Event> events, Set<String> checkpoints, Set<String> headers, List<String> other) {

    /** An event line; {@code payload} is its stored bytes in base64, null when not base64. */
    record Event(long position, String personKey, boolean missing, String payload) {}

    static Content of(List<String> lines) {
      List<Event> events = new ArrayList<>();
      Set<String> checkpoints = new TreeSet<>();
      Set<String> headers = new TreeSet<>();
      List<String> other = new ArrayList<>();
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        Json.Node node;
        try {
          node = Json.read(line);
        } catch (IllegalArgumentException e) {
          other.add(line);
          continue;
        }
        switch (node.path("kind").asText()) {
          case "event" ->
              events.add(
                  new Event(
                      node.path("position").asLong(),
                      node.path("personKey").asText(),
                      node.path("missing").asBoolean(false),
                      base64(node.path("payload"))));
          case "checkpoint" ->
              checkpoints.add(node.path("sequence").asLong() + " " + base64(node.path("body")));
          case "header" ->
              headers.add(node.path("format").asText() + " " + node.path("full").asBoolean(false));
          case "key" -> {}
          default -> other.add(line);
        }
      }
      return new Content(events, checkpoints, headers, other);
    }

    /** The stored bytes of each event, in base64 as the JDK writes it. */
    List<String> payloads() {
      return events.stream().map(Event::payload).toList();
    }

    /** "sequence hash" of each checkpoint. */
    Set<String> checkpointHashes() {
      Set<String> hashes = new HashSet<>();
      for (String checkpoint : checkpoints) {
        String[] parts = checkpoint.split(" ", 2);
        hashes.add(parts[0] + " " + Sha256.hex(Base64.getDecoder().decode(parts[1])));
      }
      return hashes;
    }

    private static String base64(Json.Node value) {
      if (!value.isTextual()) {
        return null;
      }
      try {
        return Base64.getEncoder().encodeToString(Base64.getDecoder().decode(value.asText()));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  /** An edit of the valid export, its place and bytes chosen by the fuzzer. */
  enum Edit {
    /** Changes bytes of an event's stored bytes. */
    PAYLOAD {
      @Override
      void apply(List<String> lines, FuzzedDataProvider data) {
        editBase64(lines, data, "payload");
      }
    },
    /** Changes bytes of a checkpoint's signed body. */
    BODY {
      @Override
      void apply(List<String> lines, FuzzedDataProvider data) {
        editBase64(lines, data, "body");
      }
    },
    /** Changes bytes of a checkpoint's signature. */
    SIGNATURE {
      @Override
      void apply(List<String> lines, FuzzedDataProvider data) {
        editBase64(lines, data, "signature");
      }
    },
    DROP {
      @Override
      void apply(List<String> lines, FuzzedDataProvider data) {
        lines.remove(data.consumeInt(0, lines.size() - 1));
      }
    },
    DUPLICATE {
      @Override
      void apply(List<String> lines, FuzzedDataProvider data) {
        String line = lines.get(data.consumeInt(0, lines.size() - 1));
        lines.add(data.consumeInt(0, lines.size()), line);
      }
    },
    SWAP {
      @Override
      void apply(List<String> lines, FuzzedDataProvider data) {
        Collections.swap(
            lines, data.consumeInt(0, lines.size() - 1), data.consumeInt(0, lines.size() - 1));
      }
    },
    /** Sets one member of a line (added if it is not there) to a fuzzed value. */
    MEMBER {
      @Override
      void apply(List<String> lines, FuzzedDataProvider data) {
        int at = data.consumeInt(0, lines.size() - 1);
        String name = data.pickValue(MEMBERS);
        String value =
            switch (data.consumeInt(0, 4)) {
              case 0 -> Long.toString(data.consumeLong());
              case 1 -> Boolean.toString(data.consumeBoolean());
              case 2 -> "null";
              case 3 -> "[" + quoted(data.consumeString(70)) + "]";
              default -> quoted(data.consumeString(100));
            };
        lines.set(at, withMember(lines.get(at), name, value));
      }
    },
    /** Replaces a line with fuzzed text. */
    TEXT {
      @Override
      void apply(List<String> lines, FuzzedDataProvider data) {
        lines.set(data.consumeInt(0, lines.size() - 1), data.consumeString(300));
      }
    };

    abstract void apply(List<String> lines, FuzzedDataProvider data);

    private static final Pattern STRING_OR_LITERAL =
        Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]]*");

    static String withMember(String line, String name, String value) {
      String key = "\"" + name + "\":";
      int at = line.indexOf(key);
      if (at < 0) {
        return line.startsWith("{") ? "{" + key + value + "," + line.substring(1) : line;
      }
      Matcher old = STRING_OR_LITERAL.matcher(line);
      int start = at + key.length();
      if (!old.find(start) || old.start() != start) {
        return line;
      }
      return line.substring(0, start) + value + line.substring(old.end());
    }

    static void editBase64(List<String> lines, FuzzedDataProvider data, String member) {
      int at = data.consumeInt(0, lines.size() - 1);
      String line = lines.get(at);
      Matcher value = Pattern.compile("\"" + member + "\":\"([A-Za-z0-9+/=]*)\"").matcher(line);
      if (!value.find()) {
        return;
      }
      byte[] bytes = Base64.getDecoder().decode(value.group(1));
      byte[] edited = editBytes(bytes, data);
      lines.set(
          at,
          line.substring(0, value.start(1))
              + Base64.getEncoder().encodeToString(edited)
              + line.substring(value.end(1)));
    }

    static byte[] editBytes(byte[] bytes, FuzzedDataProvider data) {
      int at = bytes.length == 0 ? 0 : data.consumeInt(0, bytes.length - 1);
      byte[] with = data.consumeBytes(data.consumeInt(0, 8));
      int removed = data.consumeInt(0, Math.min(8, bytes.length - at));
      byte[] out = new byte[bytes.length - removed + with.length];
      System.arraycopy(bytes, 0, out, 0, at);
      System.arraycopy(with, 0, out, at, with.length);
      System.arraycopy(bytes, at + removed, out, at + with.length, bytes.length - at - removed);
      return out;
    }

    static String quoted(String text) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.append('"').toString();
    }
  }
}
