package org.tongchou.workload.bench;

/** One row of Axon's {@code domain_event_entry}, without its global index. */
record EventRow(
    String eventIdentifier,
    String aggregateIdentifier,
    long sequenceNumber,
    String type,
    String timeStamp,
    String payloadType,
    String payloadRevision,
    byte[] payload,
    byte[] metaData) {}
