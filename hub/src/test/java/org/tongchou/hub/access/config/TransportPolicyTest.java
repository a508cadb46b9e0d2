package org.tongchou.hub.access.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransportPolicyTest {

  @Test
  void productionRefusesBearerTokensOverPlaintextBeyondLoopback() {
    assertThatThrownBy(() -> TransportPolicy.check("0.0.0.0", false, true, true))
        .hasMessageContaining("bearer tokens over plaintext");
    assertThatThrownBy(() -> TransportPolicy.check("10.1.2.3", false, true, true))
        .hasMessageContaining("bearer tokens over plaintext");
  }

  @Test
  void tlsLoopbackNoTokensOrDevelopmentAreAllowed() {
    assertThatCode(() -> TransportPolicy.check("0.0.0.0", true, true, true))
        .doesNotThrowAnyException();
    assertThatCode(() -> TransportPolicy.check("127.0.0.1", false, true, true))
        .doesNotThrowAnyException();
    assertThatCode(() -> TransportPolicy.check("0.0.0.0", false, false, true))
        .doesNotThrowAnyException();
    assertThatCode(() -> TransportPolicy.check("0.0.0.0", false, true, false))
        .doesNotThrowAnyException();
  }
}
