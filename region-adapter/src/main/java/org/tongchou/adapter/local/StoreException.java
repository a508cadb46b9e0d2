package org.tongchou.adapter.local;

/** The region's store failed or refused a write; the message says which and what to do. */
public final class StoreException extends Exception {

  /** What went wrong, for the loops (retry or not) and for tests. */
  public enum Kind {
    /** Unreachable, cut off, or failed mid-way: the loop tries again from what is stored. */
    UNAVAILABLE,
    /** Another writer moved the checkpoint or the stream first: nothing of this write stored. */
    CONFLICT,
    /** The credential may not read or write this stream or table. */
    DENIED,
    /** The configuration cannot work (connection string, scheme). */
    MISCONFIGURED
  }

  private final Kind kind;

  public StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public StoreException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }
}
