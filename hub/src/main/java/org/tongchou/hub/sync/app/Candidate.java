package org.tongchou.hub.sync.app;

import org.tongchou.hub.person.domain.ValidatedFact;

/**
 * A valid fact of a batch on its way to being recorded. {@code index} is its place in the batch.
 */
record Candidate(
    int index, ValidatedFact fact, String personKey, String childKey, String fingerprint) {

  ReceiptKey key() {
    return new ReceiptKey(fact.fact().region(), fact.fact().recordId());
  }
}
