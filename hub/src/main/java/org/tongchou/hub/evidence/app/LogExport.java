package org.tongchou.hub.evidence.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tongchou.hub.log.app.FeedLog;

/**
 * The JSON Lines export (docs/AUDIT.md): a header, every signing key, the checkpoints, and the
 * events of the scope exactly as stored (base64 of their bytes, so that one altered byte shows). A
 * full export lets the verifier rebuild every checkpoint's tree; a partial one carries each event's
 * audit path instead, and only the checkpoints its events need.
 */
@Service
public class LogExport {

  private final LogRows rows;
  private final CheckpointStore checkpoints;
  private final SigningKeys keys;
  private final FeedLog feed;
  private final Clock clock;
  private final Counter entriesRead;

  LogExport(
      LogRows rows,
      CheckpointStore checkpoints,
      SigningKeys keys,
      FeedLog feed,
      Clock clock,
      MeterRegistry meters) {
    this.rows = rows;
    this.checkpoints = checkpoints;
    this.keys = keys;
    this.feed = feed;
    this.clock = clock;
    this.entriesRead =
        Counter.builder("tongchou.export.entries")
            .description("log entries read by exports")
            .register(meters);
  }

  /** An export of the log as it stands now (its head), to be read with {@link ExportLines#next}. */
  public ExportLines open(ExportScope scope) {
    long head = feed.head();
    List<StoredCheckpoint> signed = List.copyOf(checkpoints.upTo(head));
    return new ExportLines(scope, head, signed, keys.all(), rows, clock.instant(), entriesRead);
  }
}
