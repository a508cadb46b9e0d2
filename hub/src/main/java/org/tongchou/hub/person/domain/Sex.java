package org.tongchou.hub.person.domain;

/** Sex as the ID number encodes it: an odd sequence number is a man, an even one a woman. */
public enum Sex {
  M,
  F;

  static Sex ofSequence(int sequence) {
    return sequence % 2 == 1 ? M : F;
  }

  /** Parses {@code M} or {@code F}; anything else is null. */
  public static Sex parse(String code) {
    if ("M".equals(code)) {
      return M;
    }
    if ("F".equals(code)) {
      return F;
    }
    return null;
  }
}
