package org.tongchou.hub.sealing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** AES-256-GCM sealing of personal texts, and the master key's wrapping of data keys. */
class SealedTextTest {

  static final String PERSON = "p0123456789abcdef0123456789abcdef01234567";
  final SecretKey key = MasterKey.newDataKey();

  @Test
  void aSealedTextOpensToItsPlaintextWithTheSameKeyForTheSamePerson() {
    String sealed = SealedText.seal(key, PERSON, "王芳 moved to 滨湖区");

    assertThat(sealed).startsWith("enc:v1:").doesNotContain("王芳");
    assertThat(SealedText.isSealed(sealed)).isTrue();
    assertThat(SealedText.open(key, PERSON, sealed)).isEqualTo("王芳 moved to 滨湖区");
  }

  @Test
  void theSameTextSealsDifferentlyEachTimeSoThatEqualTextsCannotBeMatched() {
    assertThat(SealedText.seal(key, PERSON, "same"))
        .isNotEqualTo(SealedText.seal(key, PERSON, "same"));
  }

  @Test
  void anotherKeyOpensNothing() {
    String sealed = SealedText.seal(key, PERSON, "secret");

    assertThatThrownBy(() -> SealedText.open(MasterKey.newDataKey(), PERSON, sealed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not open");
  }

  @Test
  void aTextMovedToAnotherPersonsStreamDoesNotOpenThere() {
    String sealed = SealedText.seal(key, PERSON, "secret");

    assertThatThrownBy(() -> SealedText.open(key, "p" + "f".repeat(40), sealed))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAlteredByteIsDetected() {
    byte[] raw = Base64.getDecoder().decode(SealedText.seal(key, PERSON, "secret").substring(7));
    raw[raw.length - 1] ^= 1;

    assertThatThrownBy(
            () -> SealedText.open(key, PERSON, "enc:v1:" + Base64.getEncoder().encodeToString(raw)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plaintextIsNotTakenForASealedText() {
    assertThat(SealedText.isSealed("moved_on")).isFalse();
    assertThat(SealedText.isSealed(null)).isFalse();
    assertThatThrownBy(() -> SealedText.open(key, PERSON, "moved_on"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWrappedDataKeyUnwrapsOnlyWithTheSameMasterKeyForTheSamePerson() {
    byte[] material = new byte[32];
    material[0] = 7;
    MasterKey master = new MasterKey(material);
    String wrapped = master.wrap(PERSON, key);

    assertThat(master.unwrap(PERSON, wrapped).getEncoded()).isEqualTo(key.getEncoded());
    assertThat(new MasterKey(material.clone()).id()).isEqualTo(master.id()).hasSize(16);
    assertThatThrownBy(() -> new MasterKey(new byte[32]).unwrap(PERSON, wrapped))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> master.unwrap("p" + "0".repeat(40), wrapped))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMasterKeyMustBe32Bytes() {
    assertThatThrownBy(() -> new MasterKey(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }
}
