package org.tongchou.hub.sync.app;

import org.tongchou.hub.person.domain.Receipt;

/** A receipt and the keyed fingerprint of the content it was issued for. */
record StoredReceipt(String fingerprint, Receipt receipt) {}
