package org.tongchou.hub.erasure.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A person's name as a keyed digest, so that an arrival can be compared with the name the hub holds
 * without the name entering the event stream (docs/ACCESS.md, "Arrivals are corroborated").
 */
public final class NameDigests {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** A Mac per thread: looking the algorithm up among the providers cost more than the digest. */
  private static final ThreadLocal<Mac> MACS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Mac.getInstance("HmacSHA256");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
          });

  private NameDigests() {}

  /** HMAC-SHA-256 of the normalised name under the person's data key, first 128 bits, in hex. */
  public static String digest(SecretKey personKey, String name) {
    try {
      Mac mac = MACS.get();
      mac.init(new SecretKeySpec(personKey.getEncoded(), "HmacSHA256"));
      byte[] digest = mac.doFinal(("name:" + normalised(name)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  static String normalised(String name) {
    return WHITE_SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
  }
}
