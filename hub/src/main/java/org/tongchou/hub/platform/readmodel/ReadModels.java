package org.tongchou.hub.platform.readmodel;

import java.time.Duration;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The read models (scorecards, drill-downs, statistics) are kept by one Axon event processor,
 * {@value #GROUP}, that follows the event store. This is where the rest of the hub asks how far it
 * has got, waits for it, or rebuilds it from nothing.
 */
@Component
public class ReadModels {

  /** The processing group of every read-model projection. */
  public static final String GROUP = "read-models";

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;

  ReadModels(EventProcessingConfiguration processing, EventStore eventStore) {
    this.processing = processing;
    this.eventStore = eventStore;
  }

  /** The global index of the last event in the store (0 when empty). */
  public long head() {
    return positionOf(eventStore.createHeadToken());
  }

  /** The global index up to which the read models have processed every event. */
  public long position() {
    return processor().processingStatus().values().stream()
        .mapToLong(status -> status.getCurrentPosition().orElse(0))
        .min()
        .orElse(0);
  }

  /** Waits until the read models have processed everything stored when this was called. */
  public boolean awaitCurrent(Duration atMost) {
    long target = head();
    long until = System.nanoTime() + atMost.toNanos();
    while (position() < target) {
      if (System.nanoTime() > until) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /**
   * Empties every read model and replays the whole event store into them. The live tables are
   * rebuilt in place: queries meanwhile see a partial picture (their as-of position says so).
   */
  public void rebuild() {
    StreamingEventProcessor processor = processor();
    processor.shutDown();
    processor.resetTokens();
    processor.start();
  }

  private StreamingEventProcessor processor() {
    return processing
        .eventProcessor(GROUP, StreamingEventProcessor.class)
        .orElseThrow(
            () -> new IllegalStateException("the " + GROUP + " processor is not configured"));
  }

  /** A token's global index; 0 for none (before the first event) or one without a position. */
  public static long positionOf(TrackingToken token) {
    if (token == null) {
      return 0;
    }
    OptionalLong position = token.position();
    return position.orElse(0);
  }
}
