package org.tongchou.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed exports get findings, not exceptions or endless loops: the cases the fuzz target
 * (ExportVerifierFuzzTest, issue #16) found, run in every build.
 */
class ExportVerifierTest {

  private static final List<String> VALID = ExportFixture.lines();

  @Test
  void theSmallValidExportIsIntact() {
    assertThat(verify(VALID).findings()).isEmpty();
  }

  @Test
  void anEventBeforeTheHeaderIsAFindingAndAHeaderThatIsNotFirstIsAnother() {
    List<String> lines = new ArrayList<>(VALID);
    lines.add(0, lines.remove(4));

    List<String> findings = texts(verify(lines));

    assertThat(findings)
        .contains(
            "line 2: a header that is not the export's first line",
            "export: no header line: not a tongchou-export/1 file");
  }

  @Test
  void aKeyLineWhosePublicKeyIsNotBase64OrNotEd25519IsAFinding() {
    String empty = Sha256.hex(new byte[0]);

    List<String> findings =
        texts(
            verify(
                VALID.get(0),
                "{\"kind\":\"key\",\"keyId\":\"k\",\"publicKey\":\"not base64!\"}",
                "{\"kind\":\"key\",\"keyId\":\"" + empty + "\",\"publicKey\":\"\"}"));

    assertThat(findings)
        .contains(
            "key k: its public key is not base64",
            "key " + empty + ": its public key is not an Ed25519 public key");
  }

  @Test
  void aRotatedKeyWhoseEndorsedBodyIsMissingIsNotEndorsed() throws Exception {
    byte[] next =
        KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
    String pinned = Sha256.hex(ExportFixture.PUBLIC_KEY);
    KeyRing keys = new KeyRing(List.of(ExportFixture.PUBLIC_KEY));

    String problem =
        keys.add(
            Sha256.hex(next), Base64.getEncoder().encodeToString(next), pinned, null, new byte[64]);

    assertThat(problem).isEqualTo("the endorsement by " + pinned + " does not verify");
  }

  @Test
  void anAuditPathStepThatIsNotLOrRAndAHashIsAFinding() {
    List<String> findings =
        texts(
            verify(
                "{\"kind\":\"header\",\"format\":\"tongchou-export/1\",\"full\":false}",
                VALID.get(4).replace("{\"kind\"", "{\"checkpoint\":1,\"path\":[\"\"],\"kind\"")));

    assertThat(findings)
        .anyMatch(f -> f.endsWith("its audit path has a step that is not L or R and a hash"));
  }

  @Test
  void aPositionFarBeyondTheHeadIsOneGapFoundAtOnce() {
    List<String> lines = new ArrayList<>(VALID);
    lines.set(8, lines.get(8).replace("\"position\":6", "\"position\":4000000000000000000"));

    List<String> findings = texts(verify(lines));

    assertThat(findings)
        .contains(
            "positions 8..3999999999999999999: missing from the log: no event and no checkpoint there");
  }

  private static VerificationReport verify(List<String> lines) {
    ExportVerifier verifier = new ExportVerifier(List.of(ExportFixture.PUBLIC_KEY));
    lines.forEach(verifier::accept);
    return verifier.finish();
  }

  private static VerificationReport verify(String... lines) {
    return verify(List.of(lines));
  }

  private static List<String> texts(VerificationReport report) {
    return report.findings().stream().map(Finding::toString).toList();
  }

  private static List<String> texts(ExportVerifier verifier, String... lines) {
    List.of(lines).forEach(verifier::accept);
    return texts(verifier.finish());
  }
}
