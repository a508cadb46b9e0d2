package org.tongchou.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A full export is verified a checkpoint at a time: each root is built as its events stream past
 * and the tree dropped, so the Merkle nodes held stay near log2 of a checkpoint's size, however
 * long the log. (The verifier used to keep every leaf until the end: 20,000 here.)
 */
class LongExportVerificationTest {

  /** 40 checkpoints of 500 events: at most popcount(n) for n below 500 nodes, 8, are ever held. */
  private static final int CHECKPOINTS = 40;

  private static final int PER_CHECKPOINT = 500;
  private static final long NODES_FOR_ONE_CHECKPOINT = 9; // log2(500) + 1

  @Test
  void aLongUntouchedExportIsIntactWithNoMoreMerkleNodesHeldThanOneCheckpointNeeds()
      throws Exception {
    SyntheticExport export = SyntheticExport.of(CHECKPOINTS, PER_CHECKPOINT, 37);

    ExportVerifier verifier = verify(export, export.lines);
    VerificationReport report = verifier.finish();

    assertThat(report.findings()).isEmpty();
    assertThat(report.events()).isEqualTo(CHECKPOINTS * PER_CHECKPOINT);
    assertThat(report.checkpoints()).isEqualTo(CHECKPOINTS);
    assertThat(report.persons()).isEqualTo(37);
    assertThat(verifier.mostMerkleNodesHeld())
        .isPositive()
        .isLessThanOrEqualTo(NODES_FOR_ONE_CHECKPOINT);
  }

  @Test
  void anEventAlteredInTheMiddleOfALongExportIsNamedWithTheCheckpointWhoseRootItBreaks()
      throws Exception {
    long altered = 7 * (PER_CHECKPOINT + 1) + 123; // in checkpoint 8
    SyntheticExport export =
        SyntheticExport.of(
            CHECKPOINTS,
            PER_CHECKPOINT,
            37,
            (position, text) ->
                position == altered ? text.replace("\"n\":" + position, "\"n\":0") : text);

    ExportVerifier verifier = verify(export, export.lines);
    List<String> findings = verifier.finish().findings().stream().map(Finding::toString).toList();

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0))
        .startsWith("event at position " + altered + " (id e-" + altered)
        .endsWith("the event was altered");
    assertThat(findings.get(1))
        .startsWith("checkpoint 8: the Merkle root of the events at positions");
    assertThat(verifier.mostMerkleNodesHeld()).isLessThanOrEqualTo(NODES_FOR_ONE_CHECKPOINT);
  }

  @Test
  void anEventLeftOutOfALongExportLeavesItsCheckpointOneShortAndTheRestStillDropTheirTrees()
      throws Exception {
    SyntheticExport export = SyntheticExport.of(CHECKPOINTS, PER_CHECKPOINT, 37);
    long gone = 3 * (PER_CHECKPOINT + 1) + 10; // in checkpoint 4
    List<String> lines = export.withEventLine(gone, line -> "");

    ExportVerifier verifier = verify(export, lines);
    List<String> findings = verifier.finish().findings().stream().map(Finding::toString).toList();

    assertThat(findings)
        .contains("position " + gone + ": missing from the log: no event and no checkpoint there")
        .anyMatch(
            f ->
                f.startsWith("checkpoint 4: it signed 500 events")
                    && f.endsWith("the export has 499 there"));
    // Checkpoint 4 keeps its few open nodes to the end; every other tree is still dropped.
    assertThat(verifier.mostMerkleNodesHeld()).isLessThanOrEqualTo(2 * NODES_FOR_ONE_CHECKPOINT);
  }

  @Test
  void aRootBuiltLeafByLeafIsTheRootOfTheWholeListForEverySizeUpToThreeHundred() {
    for (int size = 1; size <= 300; size++) {
      List<String> leaves =
          IntStream.range(0, size)
              .mapToObj(i -> Sha256.hex(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)))
              .toList();
      MerkleStream stream = new MerkleStream();
      leaves.forEach(stream::add);

      assertThat(stream.root()).as("root of %d", size).isEqualTo(Sha256.root(leaves));
      assertThat(stream.held()).isEqualTo(Integer.bitCount(size));
    }
  }

  private static ExportVerifier verify(SyntheticExport export, List<String> lines) {
    ExportVerifier verifier = new ExportVerifier(List.of(export.publicKey()));
    lines.stream().filter(line -> !line.isEmpty()).forEach(verifier::accept);
    return verifier;
  }
}
