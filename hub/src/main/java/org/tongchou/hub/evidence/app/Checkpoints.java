package org.tongchou.hub.evidence.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.hub.accesslog.app.AccessLog;
import org.tongchou.hub.evidence.domain.Checkpoint;
import org.tongchou.hub.evidence.domain.MerkleTree;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.log.app.FeedLog;

/**
 * Writes the next signed checkpoint: a Merkle root over the events committed since the last one,
 * chained to it, signed by the hub's current key, and given a log position of its own so that every
 * region's feed delivers it. The leaves are read before the feed's sequence lock is taken, which is
 * held only for the insert.
 */
@Service
public class Checkpoints {

  private static final int PAGE = 1_000;

  private final FeedLog feed;
  private final CheckpointStore store;
  private final SigningKeys keys;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int maxEvents;
  private final AccessLog accessLogs;

  Checkpoints(
      FeedLog feed,
      CheckpointStore store,
      SigningKeys keys,
      TransactionTemplate transactions,
      Clock clock,
      AccessLog accessLogs,
      @Value("${tongchou.checkpoints.max-events:100000}") int maxEvents) {
    this.accessLogs = accessLogs;
    this.feed = feed;
    this.store = store;
    this.keys = keys;
    this.transactions = transactions;
    this.clock = clock;
    this.maxEvents = maxEvents;
  }

  /**
   * The next checkpoint, or empty when no event was committed since the last one (or another node
   * won).
   */
  public Optional<StoredCheckpoint> writeNext() {
    Optional<StoredCheckpoint> last = store.last();
    long from = last.map(StoredCheckpoint::toPosition).orElse(0L);
    long head = feed.head();
    List<String> leaves = new ArrayList<>();
    long to = from;
    while (leaves.size() < maxEvents) {
      List<FeedLog.StoredEntry> page =
          feed.read(null, to, head, Math.min(PAGE, maxEvents - leaves.size()));
      if (page.isEmpty()) {
        break;
      }
      page.forEach(entry -> leaves.add(MerkleTree.leaf(entry.payload())));
      to = page.get(page.size() - 1).position();
    }
    if (leaves.isEmpty()) {
      return Optional.empty();
    }
    long upTo = to;
    // The access log's head as well: one signature covers both chains.
    AccessLog.Head accessLog = accessLogs.head();
    try {
      return Optional.of(
          transactions.execute(
              status -> {
                Checkpoint checkpoint =
                    new Checkpoint(
                        Checkpoint.ENCODING,
                        Checkpoint.MERKLE,
                        last.map(StoredCheckpoint::sequence).orElse(0L) + 1,
                        feed.takePosition(),
                        from,
                        upTo,
                        leaves.size(),
                        MerkleTree.of(leaves).root(),
                        last.map(StoredCheckpoint::hash).orElse(EventHashes.GENESIS),
                        accessLog.sequence(),
                        accessLog.sequence() == 0 ? null : accessLog.hash(),
                        clock.instant().truncatedTo(ChronoUnit.MILLIS),
                        null);
                return sign(checkpoint);
              }));
    } catch (DuplicateKeyException raced) {
      return Optional.empty();
    }
  }

  private StoredCheckpoint sign(Checkpoint unsigned) {
    SigningKeys.SignedBody signed = keys.signNaming(keyId -> unsigned.signedBy(keyId).body());
    StoredCheckpoint stored =
        new StoredCheckpoint(
            unsigned.sequence(),
            unsigned.feedPosition(),
            unsigned.toPosition(),
            new String(signed.body(), StandardCharsets.UTF_8),
            EventHashes.sha256(signed.body()),
            signed.keyId(),
            signed.signature(),
            unsigned.createdAt());
    store.add(stored);
    return stored;
  }
}
