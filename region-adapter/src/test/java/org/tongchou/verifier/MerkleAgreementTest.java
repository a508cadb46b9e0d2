package org.tongchou.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.evidence.domain.MerkleTree;

/** The auditor's Merkle code is written apart from the hub's on purpose; they must still agree. */
class MerkleAgreementTest {

  @Test
  void theVerifierAndTheHubBuildTheSameRootsAndPathsForEverySizeUpToSixtyFour() {
    for (int size = 1; size <= 64; size++) {
      List<String> leaves =
          IntStream.range(0, size)
              .mapToObj(i -> Sha256.hex(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)))
              .toList();
      MerkleTree hub = MerkleTree.of(leaves);

      assertThat(Sha256.root(leaves)).as("root of %d", size).isEqualTo(hub.root());
      for (int i = 0; i < size; i++) {
        assertThat(Sha256.rootOf(leaves.get(i), hub.path(i))).isEqualTo(hub.root());
      }
    }
  }

  @Test
  void anEventsChainedHashIsTheHashOfItsBytesWithoutTheHashMember() {
    String unsealed =
        "{\"data\":{\"type\":\"x\"},\"personKey\":\"k\",\"personSequence\":1,\"previousHash\":\""
            + Sha256.GENESIS
            + "\"}";
    String hash = Sha256.hex(unsealed.getBytes(StandardCharsets.UTF_8));
    String stored = unsealed.replace(",\"personKey\"", ",\"hash\":\"" + hash + "\",\"personKey\"");

    StoredEvent event = StoredEvent.of(stored.getBytes(StandardCharsets.UTF_8));

    assertThat(event.claimedHash()).isEqualTo(hash);
    assertThat(event.recomputedHash()).isEqualTo(hash);
    assertThat(
            StoredEvent.of(stored.replace("\"x\"", "\"y\"").getBytes(StandardCharsets.UTF_8))
                .recomputedHash())
        .isNotEqualTo(hash);
  }
}
