package org.tongchou.hub.evidence.app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.tongchou.hub.evidence.domain.Checkpoint;
import org.tongchou.hub.evidence.domain.MerkleTree;
import org.tongchou.hub.evidence.domain.ReceiptBatch;
import org.tongchou.hub.kernel.EventHashes;

/**
 * Signs a batch of receipts with one signature: an Ed25519 signature from the JDK costs about half
 * a millisecond here, more than recording a fact's receipt, so the hub signs the Merkle root of the
 * batch and gives each receipt its audit path.
 */
@Component
public class ReceiptSigner {

  /** The batch's signature and each receipt's audit path, in the order of the bodies given. */
  public record SignedBatch(
      String batchBody, byte[] signature, String keyId, List<List<String>> paths) {}

  private final SigningKeys keys;

  ReceiptSigner(SigningKeys keys) {
    this.keys = keys;
  }

  /**
   * @param receiptBodies each receipt's canonical JSON; at least one
   */
  public SignedBatch sign(List<byte[]> receiptBodies) {
    MerkleTree tree = MerkleTree.of(receiptBodies.stream().map(EventHashes::sha256).toList());
    SigningKeys.SignedBody signed =
        keys.signNaming(
            keyId ->
                new ReceiptBatch(
                        Checkpoint.ENCODING,
                        Checkpoint.MERKLE,
                        tree.root(),
                        receiptBodies.size(),
                        keyId)
                    .body());
    List<List<String>> paths = IntStream.range(0, tree.size()).mapToObj(tree::path).toList();
    return new SignedBatch(
        new String(signed.body(), StandardCharsets.UTF_8),
        signed.signature(),
        signed.keyId(),
        paths);
  }
}
