package org.tongchou.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's entry point on a one-event export made here by the rules of docs/AUDIT.md: intact with
 * the pinned key, a finding (exit 1) when one stored byte changes, exit 2 when the export is not
 * there. (The region adapter's ITs run it against a real hub's exports.)
 */
class VerifyExportTest {

  @TempDir Path dir;

  @Test
  void anIntactExportExitsZeroAndOneAlteredByteExitsOneNamingTheEvent() throws Exception {
    KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] der = key.getPublic().getEncoded();
    String keyId = Sha256.hex(der);
    Path pem = Files.writeString(dir.resolve("hub.pem"), PublicKeyPem.of(der));
    String unhashed =
        "{\"personKey\":\"p1\",\"personSequence\":1,\"previousHash\":\"" + "0".repeat(64) + "\"";
    String hash = Sha256.hex((unhashed + "}").getBytes(StandardCharsets.UTF_8));
    byte[] stored = (unhashed + ",\"hash\":\"" + hash + "\"}").getBytes(StandardCharsets.UTF_8);
    String body =
        "{\"accessLogSequence\":0,\"createdAt\":\"2026-12-01T00:00:00Z\","
            + "\"encoding\":\"tongchou-canonical-json/1\",\"eventCount\":1,\"feedPosition\":2,"
            + "\"fromPosition\":0,\"keyId\":\""
            + keyId
            + "\",\"merkle\":\"tongchou-merkle/1\",\"merkleRoot\":\""
            + Sha256.hex(stored)
            + "\",\"previousHash\":\""
            + "0".repeat(64)
            + "\",\"sequence\":1,\"toPosition\":1}";
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(key.getPrivate());
    signer.update(body.getBytes(StandardCharsets.UTF_8));
    String checkpoint =
        "{\"kind\":\"checkpoint\",\"sequence\":1,\"hash\":\""
            + Sha256.hex(body.getBytes(StandardCharsets.UTF_8))
            + "\",\"keyId\":\""
            + keyId
            + "\",\"signature\":\""
            + b64(signer.sign())
            + "\",\"body\":\""
            + b64(body.getBytes(StandardCharsets.UTF_8))
            + "\"}";
    String header =
        "{\"kind\":\"header\",\"format\":\"tongchou-export/1\",\"full\":true,\"headPosition\":2}";
    String keyLine =
        "{\"kind\":\"key\",\"keyId\":\"" + keyId + "\",\"publicKey\":\"" + b64(der) + "\"}";
    Path intact =
        Files.write(
            dir.resolve("intact.jsonl"), List.of(header, keyLine, checkpoint, event(stored)));
    byte[] altered = stored.clone();
    altered[15] = (byte) 'q';
    Path tampered =
        Files.write(
            dir.resolve("altered.jsonl"), List.of(header, keyLine, checkpoint, event(altered)));

    Run ok = run(intact.toString(), "--hub-key", pem.toString());
    Run bad = run(tampered.toString(), "--hub-key", pem.toString());

    assertThat(ok.code()).as(ok.out()).isEqualTo(VerifyExport.INTACT);
    assertThat(ok.out()).contains("1 signed checkpoints", "(pinned)", "intact");
    assertThat(bad.code()).isEqualTo(VerifyExport.FINDINGS);
    assertThat(bad.out())
        .contains("NOT INTACT", "event at position 1 (id e1, person p1, #1)", "checkpoint 1");
  }

  @Test
  void anExportThatIsNotThereExitsTwo() {
    Run run = run(dir.resolve("absent.jsonl").toString());

    assertThat(run.code()).isEqualTo(VerifyExport.UNREADABLE);
    assertThat(run.err()).contains("cannot read");
  }

  @Test
  void aPinnedKeyThatIsNotEd25519ExitsTwoNamingIt() throws Exception {
    byte[] rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded();
    Path pem = Files.writeString(dir.resolve("rsa.pem"), PublicKeyPem.of(rsa));
    Path export = Files.write(dir.resolve("empty.jsonl"), List.of());

    Run run = run(export.toString(), "--hub-key", pem.toString());

    assertThat(run.code()).isEqualTo(VerifyExport.UNREADABLE);
    assertThat(run.err()).contains("not an Ed25519 public key");
  }

  private static String event(byte[] stored) {
    return "{\"kind\":\"event\",\"position\":1,\"personKey\":\"p1\",\"eventId\":\"e1\",\"payload\":\""
        + b64(stored)
        + "\"}";
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        VerifyExport.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
