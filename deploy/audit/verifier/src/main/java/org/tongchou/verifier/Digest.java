package org.tongchou.verifier;

import java.util.HexFormat;

/**
 * A SHA-256 value held as its 32 bytes rather than its 64 hex characters, for the hash a verifier
 * keeps per person: 48 bytes on the heap instead of about 104. Text that is not 64 lowercase hex
 * characters (an altered event) is kept as it is.
 */
record Digest(long first, long second, long third, long fourth) {

  private static final HexFormat HEX = HexFormat.of();

  /** A {@link Digest} for 64 lowercase hex characters; anything else (null too) unchanged. */
  static Object of(String text) {
    if (text == null || text.length() != 64 || !isLowercaseHex(text)) {
      return text;
    }
    return new Digest(
        HEX.fromHexDigitsToLong(text, 0, 16),
        HEX.fromHexDigitsToLong(text, 16, 32),
        HEX.fromHexDigitsToLong(text, 32, 48),
        HEX.fromHexDigitsToLong(text, 48, 64));
  }

  private static boolean isLowercaseHex(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
