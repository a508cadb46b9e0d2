package org.tongchou.hub.accesslog.app;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * When a region first reported a person: what the rule of reads soon after a first fact
 * (docs/ACCESS.md, "Detection") compares a read with. The access log does not know it (accepted
 * facts are not reads); the feature that keeps the receipts of accepted facts answers it.
 */
public interface FirstFacts {

  /**
   * For those of {@code subjects} that are persons a division within {@code jurisdiction} reported
   * a fact about, when the first such fact was recorded; subjects that are not persons, or that it
   * never reported, are absent.
   */
  Map<String, Instant> firstReported(String jurisdiction, Collection<String> subjects);
}
