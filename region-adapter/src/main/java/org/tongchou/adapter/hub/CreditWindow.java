package org.tongchou.adapter.hub;

/**
 * The feed's flow control: at most {@code window} items are ever granted but not yet consumed.
 *
 * <p>The subscriber starts with the whole window as credit and, each time it has consumed half a
 * window, grants that half again. Items received but not consumed plus items the hub may still send
 * thus never exceed the window, which bounds the subscriber's memory, while granting in chunks
 * rather than per item keeps credit messages rare and the hub's pipe full.
 */
final class CreditWindow {

  private final long window;
  private final long chunk;
  private long consumedSinceGrant;

  /**
   * @param window items the subscriber can hold, at least 1
   */
  CreditWindow(long window) {
    if (window < 1) {
      throw new IllegalArgumentException("the window must be at least 1, was " + window);
    }
    this.window = window;
    this.chunk = Math.max(1, window / 2);
  }

  /** The credit of the subscription's start: the whole window. */
  long initial() {
    return window;
  }

  /** Counts one consumed item; returns the credit to grant now, or 0 for none yet. */
  long consumed() {
    if (++consumedSinceGrant < chunk) {
      return 0;
    }
    consumedSinceGrant = 0;
    return chunk;
  }
}
