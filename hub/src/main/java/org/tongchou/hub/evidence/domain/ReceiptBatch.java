package org.tongchou.hub.evidence.domain;

import org.tongchou.hub.kernel.CanonicalJson;

/**
 * What one receipt signature says: these {@code count} receipts, in the batch's order, have the
 * Merkle root {@code receiptsRoot} (tongchou-merkle/1 over the SHA-256 of each receipt's canonical
 * JSON); {@code keyId} signs it.
 */
public record ReceiptBatch(
    String encoding, String merkle, String receiptsRoot, long count, String keyId) {

  public byte[] body() {
    return CanonicalJson.bytes(this);
  }
}
