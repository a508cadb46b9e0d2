package org.tongchou.adapter.hub;

import java.util.List;
import java.util.Map;

/**
 * The channel's gRPC retry policy, as service-config data rather than code (the grpc-java examples'
 * way), so that it can be read, diffed and later shipped as JSON.
 *
 * <p>Only UNAVAILABLE is retried: it is the one code the contract says means "the hub did not get
 * to it, send again". Retrying is safe for every method of the three services: {@code GetTimeline}
 * and every {@code Assessment} call only read, and {@code Submit} is idempotent on (region, record
 * id). (A server stream such as {@code ExportCsv} is retried only until its first chunk arrives.)
 */
final class RetryPolicy {

  /** Attempts per call, the first one included. */
  static final int MAX_ATTEMPTS = 5;

  private RetryPolicy() {}

  /**
   * The service config for {@code defaultServiceConfig}. gRPC wants JSON-shaped maps: numbers as
   * {@code Double}, durations as strings in seconds.
   */
  static Map<String, ?> serviceConfig() {
    Map<String, ?> retryPolicy =
        Map.of(
            "maxAttempts",
            (double) MAX_ATTEMPTS,
            "initialBackoff",
            "0.2s",
            "maxBackoff",
            "5s",
            "backoffMultiplier",
            2.0,
            "retryableStatusCodes",
            List.of("UNAVAILABLE"));
    Map<String, ?> methodConfig =
        Map.of(
            "name",
            List.of(
                Map.of("service", "tongchou.v1.RegionSync"),
                Map.of("service", "tongchou.v1.Persons"),
                Map.of("service", "tongchou.v1.Assessment")),
            "retryPolicy",
            retryPolicy);
    return Map.of("methodConfig", List.of(methodConfig));
  }
}
