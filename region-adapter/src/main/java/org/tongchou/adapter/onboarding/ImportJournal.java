package org.tongchou.adapter.onboarding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.tongchou.adapter.hub.FactAnswer;
import org.tongchou.adapter.hub.HubReceipt;

/**
 * An import's state on disk, in a directory of its own: {@code outcomes.tsv}, one line per fact
 * answered (its receipt, or one line per field refused), and {@code checkpoint}, how many facts of
 * the import's order have their outcomes in it. A chunk's outcomes are appended and forced to disk
 * first, then the checkpoint is replaced in one atomic rename: a crash leaves either the old
 * checkpoint (and outcome lines beyond it, which the next run cuts off and pushes again: the hub
 * answers them as duplicates with their original receipts) or the new one.
 */
public final class ImportJournal {

  static final String CHECKPOINT = "checkpoint";
  static final String OUTCOMES = "outcomes.tsv";

  private final Path dir;
  private final String plan;
  private final long total;
  private long done;
  private long outcomeBytes;
  private long accepted;
  private long duplicate;
  private long refused;

  private ImportJournal(Path dir, String plan, long total) {
    this.dir = dir;
    this.plan = plan;
    this.total = total;
  }

  /**
   * Opens the journal in {@code dir}, creating it when missing.
   *
   * @param plan the digest of the import's ordered facts: a journal of another import is refused
   * @param total the facts in the import
   */
  public static ImportJournal open(Path dir, String plan, long total) throws JournalException {
    ImportJournal journal = new ImportJournal(dir, plan, total);
    try {
      Files.createDirectories(dir);
      Path checkpoint = dir.resolve(CHECKPOINT);
      if (Files.exists(checkpoint)) {
        journal.resume(checkpoint);
      } else {
        Files.deleteIfExists(dir.resolve(OUTCOMES)); // outcomes without a checkpoint: none recorded
        journal.save();
      }
      return journal;
    } catch (IOException e) {
      throw new JournalException("cannot use the import state in " + dir + ": " + e, e);
    }
  }

  private void resume(Path checkpoint) throws IOException, JournalException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(checkpoint, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    if (!plan.equals(p.getProperty("plan")) || total != Long.parseLong(p.getProperty("facts"))) {
      throw new JournalException(
          dir
              + " holds the state of another import (other files, or files changed since): give"
              + " this one a --state of its own, or the same files as before");
    }
    done = Long.parseLong(p.getProperty("done"));
    outcomeBytes = Long.parseLong(p.getProperty("outcomeBytes"));
    accepted = Long.parseLong(p.getProperty("accepted"));
    duplicate = Long.parseLong(p.getProperty("duplicate"));
    refused = Long.parseLong(p.getProperty("refused"));
    try (FileChannel outcomes =
        FileChannel.open(
            dir.resolve(OUTCOMES), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      if (outcomes.size() < outcomeBytes) {
        throw new JournalException(dir.resolve(OUTCOMES) + " is shorter than its checkpoint says");
      }
      outcomes.truncate(outcomeBytes); // lines of a chunk whose checkpoint never moved
      outcomes.force(true);
    }
  }

  /** Facts of the import's order whose outcomes are recorded: the next run starts after them. */
  public long done() {
    return done;
  }

  public long total() {
    return total;
  }

  public long accepted() {
    return accepted;
  }

  public long duplicate() {
    return duplicate;
  }

  public long refused() {
    return refused;
  }

  /**
   * Records the outcomes of the next facts of the import's order, then moves the checkpoint past
   * them. {@code answers} holds one answer per fact, none of them NOT_ANSWERED.
   */
  public void record(List<SourcedFact> facts, List<FactAnswer> answers) throws JournalException {
    StringBuilder lines = new StringBuilder();
    long a = 0, d = 0, r = 0;
    for (int i = 0; i < facts.size(); i++) {
      SourcedFact f = facts.get(i);
      FactAnswer answer = answers.get(i);
      switch (answer.kind()) {
        case ACCEPTED, DUPLICATE -> {
          if (answer.kind() == FactAnswer.Kind.ACCEPTED) {
            a++;
          } else {
            d++;
          }
          HubReceipt receipt = answer.receipt().orElse(null);
          line(
              lines,
              f,
              answer.recordId(),
              answer.kind().name(),
              receipt == null ? "" : receipt.eventId(),
              receipt == null ? "" : Long.toString(receipt.position()),
              receipt == null ? "" : receipt.hash(),
              "",
              "",
              "");
        }
        case REFUSED -> {
          r++;
          answer
              .refusals()
              .forEach(
                  x ->
                      line(
                          lines,
                          f,
                          answer.recordId(),
                          "REFUSED",
                          "",
                          "",
                          "",
                          x.field(),
                          x.code(),
                          x.reason()));
        }
        case NOT_ANSWERED ->
            throw new IllegalArgumentException(
                "only answered facts are recorded: " + answer.recordId());
      }
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    try (FileChannel outcomes =
        FileChannel.open(
            dir.resolve(OUTCOMES), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      outcomes.position(outcomeBytes);
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        outcomes.write(buffer);
      }
      outcomes.force(true);
    } catch (IOException e) {
      throw new JournalException("cannot write " + dir.resolve(OUTCOMES) + ": " + e, e);
    }
    done += facts.size();
    outcomeBytes += bytes.length;
    accepted += a;
    duplicate += d;
    refused += r;
    try {
      save();
    } catch (IOException e) {
      throw new JournalException("cannot write " + dir.resolve(CHECKPOINT) + ": " + e, e);
    }
  }

  /** Every refusal recorded, in the import's order. */
  public List<ImportRefusal> refusals() throws JournalException {
    List<ImportRefusal> refusals = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve(OUTCOMES))) {
      long read = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        read += line.getBytes(StandardCharsets.UTF_8).length + 1;
        if (read > outcomeBytes) {
          break;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length == 10 && cells[3].equals("REFUSED")) {
          refusals.add(
              new ImportRefusal(
                  Integer.parseInt(cells[0]),
                  Integer.parseInt(cells[1]),
                  cells[2],
                  cells[7],
                  cells[8],
                  cells[9]));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new JournalException("cannot read " + dir.resolve(OUTCOMES) + ": " + e, e);
    }
    return refusals;
  }

  private static void line(StringBuilder out, SourcedFact f, String... cells) {
    out.append(f.source()).append('\t').append(f.fact().line());
    for (String cell : cells) {
      out.append('\t').append(cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
    out.append('\n');
  }

  private void save() throws IOException {
    Properties p = new Properties();
    p.setProperty("plan", plan);
    p.setProperty("facts", Long.toString(total));
    p.setProperty("done", Long.toString(done));
    p.setProperty("outcomeBytes", Long.toString(outcomeBytes));
    p.setProperty("accepted", Long.toString(accepted));
    p.setProperty("duplicate", Long.toString(duplicate));
    p.setProperty("refused", Long.toString(refused));
    Path next = dir.resolve(CHECKPOINT + ".next");
    try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
      p.store(out, "region-adapter import: facts of the import's order with recorded outcomes");
    }
    try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(
        next,
        dir.resolve(CHECKPOINT),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
