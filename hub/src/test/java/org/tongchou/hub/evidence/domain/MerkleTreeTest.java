package org.tongchou.hub.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.EventHashes;

class MerkleTreeTest {

  static String leaf(int i) {
    return EventHashes.sha256(("{\"event\":" + i + "}").getBytes(StandardCharsets.UTF_8));
  }

  static String sha(String text) {
    return EventHashes.sha256(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aSingleLeafIsItsOwnRootWithAnEmptyPath() {
    MerkleTree tree = MerkleTree.of(List.of(leaf(0)));

    assertThat(tree.root()).isEqualTo(leaf(0));
    assertThat(tree.path(0)).isEmpty();
  }

  @Test
  void aParentIsTheHashOfItsChildrensHexTextAndAnOddNodeMovesUpUnchanged() {
    MerkleTree tree = MerkleTree.of(List.of(leaf(0), leaf(1), leaf(2)));

    assertThat(tree.root()).isEqualTo(sha(sha(leaf(0) + leaf(1)) + leaf(2)));
    assertThat(tree.path(2)).containsExactly("L" + sha(leaf(0) + leaf(1)));
    assertThat(tree.path(1)).containsExactly("L" + leaf(0), "R" + leaf(2));
  }

  @Test
  void everyLeafsPathLeadsToTheRootForTreesOfOneToFortyLeaves() {
    for (int size = 1; size <= 40; size++) {
      List<String> leaves = IntStream.range(0, size).mapToObj(MerkleTreeTest::leaf).toList();
      MerkleTree tree = MerkleTree.of(leaves);
      for (int i = 0; i < size; i++) {
        assertThat(MerkleTree.rootOf(leaves.get(i), tree.path(i)))
            .as("leaf %d of %d", i, size)
            .isEqualTo(tree.root());
      }
    }
  }

  @Test
  void aPathDoesNotLeadToTheRootFromAnotherLeaf() {
    List<String> leaves = IntStream.range(0, 8).mapToObj(MerkleTreeTest::leaf).toList();
    MerkleTree tree = MerkleTree.of(leaves);

    assertThat(MerkleTree.rootOf(leaf(99), tree.path(3))).isNotEqualTo(tree.root());
  }
}
