package org.tongchou.hub.sync.app;

import org.tongchou.hub.person.domain.Receipt;

/**
 * A receipt and the keyed fingerprint of the content it was issued for. {@code chainShown} is false
 * when the reporter was not entitled to the person: it is then answered {@link #shown()}, without
 * the person's chain (docs/ACCESS.md, "Probe-proof Submit").
 */
record StoredReceipt(String fingerprint, Receipt receipt, boolean chainShown) {

  /** The receipt as the reporter may see it. */
  Receipt shown() {
    return chainShown ? receipt : receipt.withoutChain();
  }
}
