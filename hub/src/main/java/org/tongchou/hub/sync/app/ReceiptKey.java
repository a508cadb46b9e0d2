package org.tongchou.hub.sync.app;

/** The idempotency key of a fact: the reporting division and the region's own record id. */
record ReceiptKey(String region, String recordId) {}
