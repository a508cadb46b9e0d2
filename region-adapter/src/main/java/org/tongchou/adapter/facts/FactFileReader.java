package org.tongchou.adapter.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a FACTS.md JSON Lines file: one fact per line, UTF-8, blank lines skipped.
 *
 * <p>Every line is read to the end even after refusals, because FACTS.md promises that a refused
 * line stores nothing while the other lines still go through.
 */
public final class FactFileReader {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final FactLineMapper mapper = new FactLineMapper();

  /** Reads and maps a whole file. */
  public FactFile read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /** Reads and maps every line of {@code reader}; line numbers start at 1. */
  public FactFile read(BufferedReader reader) throws IOException {
    List<MappedFact> facts = new ArrayList<>();
    List<Refusal> refusals = new ArrayList<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1); // exports saved by Windows tools often start with one
      }
      if (line.isBlank()) {
        continue;
      }
      FactLineMapper.Result result = mapper.map(line);
      if (result instanceof FactLineMapper.Result.Mapped m) {
        facts.add(new MappedFact(number, m.fact()));
      } else if (result instanceof FactLineMapper.Result.Refused r) {
        refusals.add(new Refusal(number, r.recordId(), r.field(), Refusal.LOCAL_CODE, r.reason()));
      }
    }
    return new FactFile(facts, refusals);
  }
}
