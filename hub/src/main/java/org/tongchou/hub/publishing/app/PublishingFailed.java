package org.tongchou.hub.publishing.app;

/**
 * Kafka did not acknowledge a batch of events in time, or refused it. The publisher's unit of work
 * fails with this, so its token stays before the batch and the batch is published again.
 */
class PublishingFailed extends RuntimeException {

  PublishingFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
