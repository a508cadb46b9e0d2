package org.tongchou.adapter.hub;

import org.tongchou.proto.v1.ReadModelPosition;

/**
 * How current an Assessment answer is, in words: the read models follow the log a moment behind.
 */
final class AsOfText {

  private AsOfText() {}

  /** {@code as of log position 57 (current)}, or how far behind the log the answer was. */
  static String of(ReadModelPosition asOf) {
    long behind = asOf.getLogPosition() - asOf.getPosition();
    if (behind <= 0) {
      return "as of log position " + asOf.getPosition() + " (current)";
    }
    return "as of log position "
        + asOf.getPosition()
        + ", behind the log (at "
        + asOf.getLogPosition()
        + "): --catch-up waits until it is current";
  }
}
