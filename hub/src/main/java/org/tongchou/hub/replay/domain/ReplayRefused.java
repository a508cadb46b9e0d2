package org.tongchou.hub.replay.domain;

/** A replay that cannot be made as asked; {@code field} names the request field to blame. */
public final class ReplayRefused extends RuntimeException {

  private final String field;

  public ReplayRefused(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
