package org.tongchou.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Public keys as PEM ("PUBLIC KEY", SubjectPublicKeyInfo): what openssl reads and writes. */
public final class PublicKeyPem {

  private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
  private static final String END = "-----END PUBLIC KEY-----";

  private PublicKeyPem() {}

  public static String of(byte[] der) {
    return BEGIN
        + "\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n"
        + END
        + "\n";
  }

  /** The DER inside a PEM file; IllegalArgumentException naming the file when there is none. */
  public static byte[] read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    int start = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(file + " holds no PEM PUBLIC KEY");
    }
    return Base64.getMimeDecoder().decode(text.substring(start + BEGIN.length(), end));
  }
}
