package org.tongchou.hub.evidence.domain;

import java.time.Instant;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.kernel.EventHashes;

/**
 * What a signed checkpoint says: every event at log (feed) positions in ({@code fromPosition},
 * {@code toPosition}] has its leaf in a Merkle tree with {@code merkleRoot}; positions in that
 * range that hold no event belong to earlier checkpoints. {@code previousHash} chains the
 * checkpoints, so together they cover the whole log from its start. The signed bytes are the
 * canonical JSON of this record ({@link #body()}).
 *
 * @param sequence 1, 2, ... without gaps
 * @param feedPosition the log position the checkpoint itself takes (how regions receive it)
 * @param eventCount how many events (leaves) the tree has
 * @param previousHash SHA-256 of the previous checkpoint's body; 64 zeros for the first
 * @param accessLogSequence the access log's last entry at signing time (0: none), with its hash
 * @param keyId SHA-256 of the signing key's public key (DER, SubjectPublicKeyInfo)
 */
public record Checkpoint(
    String encoding,
    String merkle,
    long sequence,
    long feedPosition,
    long fromPosition,
    long toPosition,
    long eventCount,
    String merkleRoot,
    String previousHash,
    long accessLogSequence,
    String accessLogHash,
    Instant createdAt,
    String keyId) {

  public static final String ENCODING = "tongchou-canonical-json/" + CanonicalJson.VERSION;
  public static final String MERKLE = "tongchou-merkle/1";

  /** The same checkpoint, naming the key that signs it. */
  public Checkpoint signedBy(String signingKeyId) {
    return new Checkpoint(
        encoding,
        merkle,
        sequence,
        feedPosition,
        fromPosition,
        toPosition,
        eventCount,
        merkleRoot,
        previousHash,
        accessLogSequence,
        accessLogHash,
        createdAt,
        signingKeyId);
  }

  /** The exact bytes that are hashed and signed. */
  public byte[] body() {
    return CanonicalJson.bytes(this);
  }

  public String hash() {
    return EventHashes.sha256(body());
  }
}
