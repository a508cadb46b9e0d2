package org.tongchou.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A small full export (tongchou-export/1) made by the rules of docs/AUDIT.md with a fixed key, so
 * that its bytes are the same in every run (a fuzz target's seeds depend on them): two persons,
 * five events, two checkpoints that cover all of them, the header's head at the last checkpoint.
 *
 * <pre>
 * position 1 A#1 | 2 B#1 | 3 A#2 | 4 checkpoint 1 (0,3] | 5 B#2 | 6 A#3 | 7 checkpoint 2 (3,6]
 * </pre>
 */
final class ExportFixture {

  /** DER SubjectPublicKeyInfo of the fixed Ed25519 key: the key an auditor pins. */
  static final byte[] PUBLIC_KEY =
      Base64.getDecoder().decode("MCowBQYDK2VwAyEAlYUxmbNLScde05NEHsnq2ISirylpbbV2tUQoJSPucjw=");

  private static final byte[] PRIVATE_KEY =
      Base64.getDecoder()
          .decode("MC4CAQAwBQYDK2VwBCIEINkFpCIQ2YMOfaY9WDRyRC/L7zlvvqDX29v7grYPoUG2");

  private static final String GENESIS = "0".repeat(64);
  private static final Base64.Encoder B64 = Base64.getEncoder();

  private ExportFixture() {}

  /** The export's lines: header, key, two checkpoints, five events. */
  static List<String> lines() {
    String keyId = Sha256.hex(PUBLIC_KEY);
    String a = Sha256.hex("person A".getBytes(StandardCharsets.UTF_8));
    String b = Sha256.hex("person B".getBytes(StandardCharsets.UTF_8));
    Chain chainA = new Chain(a);
    Chain chainB = new Chain(b);
    List<byte[]> first = List.of(chainA.next(1), chainB.next(2), chainA.next(3));
    List<byte[]> second = List.of(chainB.next(5), chainA.next(6));
    String body1 = body(keyId, 1, 0, 3, 4, first, GENESIS);
    String body2 = body(keyId, 2, 3, 6, 7, second, hex(body1));
    List<String> lines = new ArrayList<>();
    lines.add(
        "{\"kind\":\"header\",\"format\":\"tongchou-export/1\","
            + "\"encoding\":\"tongchou-canonical-json/1\",\"merkle\":\"tongchou-merkle/1\","
            + "\"full\":true,\"headPosition\":7,\"exportedAt\":\"2026-12-01T00:00:00Z\"}");
    lines.add(
        "{\"kind\":\"key\",\"keyId\":\""
            + keyId
            + "\",\"publicKey\":\""
            + B64.encodeToString(PUBLIC_KEY)
            + "\"}");
    lines.add(checkpoint(keyId, 1, body1));
    lines.add(checkpoint(keyId, 2, body2));
    lines.add(event(1, a, first.get(0)));
    lines.add(event(2, b, first.get(1)));
    lines.add(event(3, a, first.get(2)));
    lines.add(event(5, b, second.get(0)));
    lines.add(event(6, a, second.get(1)));
    return List.copyOf(lines);
  }

  /** One person's hash chain: each next event's stored bytes, hashed and linked. */
  private static final class Chain {
    private final String personKey;
    private String last = GENESIS;
    private long sequence;

    Chain(String personKey) {
      this.personKey = personKey;
    }

    byte[] next(long position) {
      sequence++;
      String unsealed =
          "{\"data\":{\"n\":"
              + position
              + "},\"personKey\":\""
              + personKey
              + "\",\"personSequence\":"
              + sequence
              + ",\"previousHash\":\""
              + last
              + "\"}";
      last = hex(unsealed);
      return unsealed
          .replace(",\"personKey\"", ",\"hash\":\"" + last + "\",\"personKey\"")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String body(
      String keyId,
      long sequence,
      long from,
      long to,
      long feedPosition,
      List<byte[]> events,
      String previousHash) {
    return "{\"accessLogSequence\":0,\"createdAt\":\"2026-12-01T00:00:00Z\","
        + "\"encoding\":\"tongchou-canonical-json/1\",\"eventCount\":"
        + events.size()
        + ",\"feedPosition\":"
        + feedPosition
        + ",\"fromPosition\":"
        + from
        + ",\"keyId\":\""
        + keyId
        + "\",\"merkle\":\"tongchou-merkle/1\",\"merkleRoot\":\""
        + Sha256.root(events.stream().map(Sha256::hex).toList())
        + "\",\"previousHash\":\""
        + previousHash
        + "\",\"sequence\":"
        + sequence
        + ",\"toPosition\":"
        + to
        + "}";
  }

  private static String checkpoint(String keyId, long sequence, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return "{\"kind\":\"checkpoint\",\"sequence\":"
        + sequence
        + ",\"hash\":\""
        + Sha256.hex(bytes)
        + "\",\"keyId\":\""
        + keyId
        + "\",\"signature\":\""
        + B64.encodeToString(sign(bytes))
        + "\",\"body\":\""
        + B64.encodeToString(bytes)
        + "\"}";
  }

  private static String event(long position, String personKey, byte[] stored) {
    return "{\"kind\":\"event\",\"position\":"
        + position
        + ",\"personKey\":\""
        + personKey
        + "\",\"eventId\":\"e"
        + position
        + "\",\"type\":\"x\",\"payload\":\""
        + B64.encodeToString(stored)
        + "\"}";
  }

  private static String hex(String text) {
    return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sign(byte[] body) {
    try {
      PrivateKey key =
          KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(PRIVATE_KEY));
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(body);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every JDK 17", e);
    }
  }
}
