package org.tongchou.hub.sealing.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Personal text sealed with a person's data key: AES-256-GCM from the JDK, a fresh 96-bit nonce per
 * text, the person key as associated data (a sealed text cannot be moved into another person's
 * stream and opened there). The stored form is versioned text, {@code enc:v1:<base64 of nonce ||
 * ciphertext || 128-bit tag>}, so that it can live in any JSON field and be hashed like any other
 * text.
 */
public final class SealedText {

  public static final String PREFIX = "enc:v1:";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A cipher per thread, initialised afresh (key and nonce) for every text: looking the
   * transformation up among the providers cost as much as sealing a short text.
   */
  private static final ThreadLocal<Cipher> CIPHERS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance(TRANSFORMATION);
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is part of every JDK", e);
            }
          });

  private SealedText() {}

  /**
   * Whether a stored text is sealed (anything else is plaintext from before sealing, or a code).
   */
  public static boolean isSealed(String text) {
    return text != null && text.startsWith(PREFIX);
  }

  public static String seal(SecretKey key, String personKey, String plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed =
        run(Cipher.ENCRYPT_MODE, key, nonce, personKey, plaintext.getBytes(StandardCharsets.UTF_8));
    return PREFIX
        + Base64.getEncoder()
            .encodeToString(
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
  }

  /**
   * The plaintext; IllegalArgumentException when the text was not sealed for this person with this
   * key.
   */
  public static String open(SecretKey key, String personKey, String sealed) {
    if (!isSealed(sealed)) {
      throw new IllegalArgumentException("not a sealed text (no " + PREFIX + " prefix)");
    }
    byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    if (all.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalArgumentException("a sealed text too short to hold a nonce and a tag");
    }
    byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
    byte[] body = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
    return new String(
        run(Cipher.DECRYPT_MODE, key, nonce, personKey, body), StandardCharsets.UTF_8);
  }

  private static byte[] run(int mode, SecretKey key, byte[] nonce, String personKey, byte[] input) {
    try {
      Cipher cipher = CIPHERS.get();
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(personKey.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException(
          "the sealed text does not open with this key for this person", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }
}
