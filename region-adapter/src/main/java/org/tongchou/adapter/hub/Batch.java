package org.tongchou.adapter.hub;

import org.tongchou.proto.v1.SubmitRequest;

/**
 * One batch of a push. The request is built once and resent unchanged after a reconnect.
 *
 * @param index position of the batch in the push, 0-based
 * @param firstFact index of its first fact in the push
 * @param request the request, whose batch_sequence is {@code index + 1}
 */
record Batch(int index, int firstFact, SubmitRequest request) {

  long sequence() {
    return request.getBatchSequence();
  }

  int size() {
    return request.getFactsCount();
  }
}
