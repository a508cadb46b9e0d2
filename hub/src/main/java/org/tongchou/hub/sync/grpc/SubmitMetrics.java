package org.tongchou.hub.sync.grpc;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tongchou.hub.sync.domain.SubmitOutcome;

/**
 * What an operator watches on /actuator/prometheus: facts by outcome and how long batches take
 * ({@code tongchou_facts_total}, {@code tongchou_submit_batch_seconds}).
 */
@Component
class SubmitMetrics {

  private final MeterRegistry registry;
  private final Timer batches;

  SubmitMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.batches =
        Timer.builder("tongchou.submit.batch")
            .description("time to record one submitted batch")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
  }

  Timer batches() {
    return batches;
  }

  void count(String jurisdiction, List<SubmitOutcome> outcomes) {
    for (SubmitOutcome outcome : outcomes) {
      registry
          .counter(
              "tongchou.facts",
              "outcome",
              outcome.kind().name().toLowerCase(Locale.ROOT),
              "jurisdiction",
              jurisdiction)
          .increment();
    }
  }
}
