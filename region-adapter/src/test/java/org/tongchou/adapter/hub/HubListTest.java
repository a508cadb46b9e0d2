package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Several hub nodes behind one client, over real TCP channels on loopback. */
class HubListTest {

  @Test
  void givenTwoHubNodes_whenCallsAreMade_thenBothNodesServeThem() throws Exception {
    try (FakeHub first = FakeHub.onFreePort();
        FakeHub second = FakeHub.onFreePort();
        HubClient client =
            HubClient.connect(
                "127.0.0.1:" + first.port() + ", 127.0.0.1:" + second.port(),
                FakeHub.TOKEN,
                Duration.ofSeconds(5))) {
      for (int i = 0; i < 20; i++) {
        client.timeline(FakePersons.KNOWN, "test");
      }

      assertThat(first.authorizations).isNotEmpty();
      assertThat(second.authorizations).isNotEmpty();
      assertThat(first.authorizations.size() + second.authorizations.size()).isEqualTo(20);
    }
  }

  @Test
  void givenOneOfTwoNodesStopped_whenCallsAreMade_thenTheOtherServesThemAll() throws Exception {
    try (FakeHub survivor = FakeHub.onFreePort();
        HubClient client = twoNodeClient(survivor)) {
      for (int i = 0; i < 10; i++) {
        assertThat(client.timeline(FakePersons.KNOWN, "test").getName()).isEqualTo("王芳");
      }

      assertThat(survivor.authorizations).hasSize(10);
    }
  }

  @Test
  void givenAMalformedList_whenConnecting_thenTheAddressIsRefusedAtOnce() {
    assertThatThrownBy(
            () -> HubClient.connect("127.0.0.1:1,127.0.0.1", null, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("127.0.0.1 is not host:port");
  }

  /** A client over the survivor and a node that was started and stopped (its port now closed). */
  private static HubClient twoNodeClient(FakeHub survivor) throws Exception {
    int stoppedPort;
    try (FakeHub stopped = FakeHub.onFreePort()) {
      stoppedPort = stopped.port();
    }
    return HubClient.connect(
        "127.0.0.1:" + stoppedPort + ",127.0.0.1:" + survivor.port(),
        FakeHub.TOKEN,
        Duration.ofSeconds(5));
  }
}
