package org.tongchou.hub.person.domain;

import java.util.List;

/**
 * The hub's signature on a receipt. One Ed25519 signature covers a whole batch: it signs {@code
 * batchBody}, which holds the Merkle root over the batch's receipts; {@code path} leads from this
 * receipt's leaf (SHA-256 of {@code receiptBody}, the receipt's canonical JSON) to that root. A
 * region checks a receipt alone, with the hub's public key. {@code chainShown} is false when the
 * receipt was given to a region not entitled to the person: its body, and every showing of it, then
 * leaves out the person's key, place and previous hash (docs/ACCESS.md).
 */
public record ReceiptSignature(
    String receiptBody,
    List<String> path,
    String batchBody,
    byte[] signature,
    String keyId,
    boolean chainShown) {

  public ReceiptSignature {
    path = List.copyOf(path);
  }
}
