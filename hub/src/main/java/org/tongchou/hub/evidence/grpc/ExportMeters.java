package org.tongchou.hub.evidence.grpc;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How exports meet their clients: how often one waited for a slow client, how many were cancelled.
 */
record ExportMeters(Counter waits, Counter cancelled) {

  ExportMeters(MeterRegistry meters) {
    this(
        Counter.builder("tongchou.export.waits")
            .description("times an export paused because its client was not ready for more")
            .register(meters),
        Counter.builder("tongchou.export.cancelled")
            .description("exports the client cancelled before the end")
            .register(meters));
  }
}
