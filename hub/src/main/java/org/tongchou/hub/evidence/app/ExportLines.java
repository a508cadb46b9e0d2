package org.tongchou.hub.evidence.app;

import io.micrometer.core.instrument.Counter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One export, read a piece at a time as the reader asks for it: the header, the keys, the
 * checkpoints (a full export), the events of the scope in log order, then (a partial export) the
 * checkpoints its audit paths need and the latest one. The log is read only as far as the lines
 * asked for, so a slow reader holds back the reading instead of making the hub buffer the export.
 */
public final class ExportLines {

  private final ExportScope scope;
  private final long head;
  private final List<StoredCheckpoint> signed;
  private final LogRows rows;
  private final AuditPaths paths;
  private final Counter entriesRead;
  private final Deque<String> ready = new ArrayDeque<>();
  private long after;
  private boolean eventsDone;
  private boolean closed;
  private long events;

  ExportLines(
      ExportScope scope,
      long head,
      List<StoredCheckpoint> signed,
      List<RecordedKey> keys,
      LogRows rows,
      Instant exportedAt,
      Counter entriesRead) {
    this.scope = scope;
    this.head = head;
    this.signed = signed;
    this.rows = rows;
    this.entriesRead = entriesRead;
    this.paths = scope.everything() ? null : new AuditPaths(rows, signed);
    ready.add(ExportLineFormat.header(scope, head, exportedAt));
    keys.forEach(key -> ready.add(ExportLineFormat.key(key)));
    if (scope.everything()) {
      signed.forEach(c -> ready.add(ExportLineFormat.checkpoint(c)));
    }
  }

  /**
   * The next lines, at most {@code max}; none at the end. The log is read {@code max} entries at a
   * time, so at most that many are read ahead of the lines handed out.
   */
  public List<String> next(int max) {
    List<String> lines = new ArrayList<>(max);
    while (lines.size() < max) {
      if (!ready.isEmpty()) {
        lines.add(ready.poll());
      } else if (!eventsDone) {
        readEvents(max);
      } else if (!closed) {
        close();
      } else {
        break;
      }
    }
    return lines;
  }

  /** Event lines so far. */
  public long events() {
    return events;
  }

  private void readEvents(int limit) {
    List<LogRows.Row> page = rows.page(scope, after, head, limit);
    entriesRead.increment(page.size());
    for (LogRows.Row row : page) {
      if (scope.covers(row.recordedAt())) {
        ready.add(
            ExportLineFormat.event(
                row, paths == null ? null : paths.of(row.position()).orElse(null)));
        events++;
      }
    }
    if (page.size() < limit) {
      eventsDone = true;
    } else {
      after = page.get(page.size() - 1).position();
    }
  }

  private void close() {
    closed = true;
    if (paths == null) {
      return;
    }
    paths.used().forEach(c -> ready.add(ExportLineFormat.checkpoint(c)));
    // The latest checkpoint too, used or not: an event at or before it must carry an audit path.
    if (!signed.isEmpty() && !paths.used().contains(signed.get(signed.size() - 1))) {
      ready.add(ExportLineFormat.checkpoint(signed.get(signed.size() - 1)));
    }
  }
}
