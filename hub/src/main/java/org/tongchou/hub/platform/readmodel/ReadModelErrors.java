package org.tongchou.hub.platform.readmodel;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A read-model projection that fails stops the {@value ReadModels#GROUP} processor instead of
 * skipping the event: Axon's default for event handlers only logs the failure and lets the token
 * move past the event, so a passing database hiccup would leave a hole in a scorecard for good.
 * Propagated, the failure rolls the batch back and the processor retries it (with a growing pause)
 * until it goes through; every projection's writes are idempotent, so a batch handled again changes
 * nothing twice. A failure that never heals holds the read models back (their {@code as_of} says
 * so) and is logged on every attempt: an auditor would rather see them late than wrong.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelErrors {

  @Autowired
  void propagate(EventProcessingConfigurer processing) {
    processing.registerListenerInvocationErrorHandler(
        ReadModels.GROUP, c -> PropagatingErrorHandler.instance());
  }
}
