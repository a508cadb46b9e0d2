package org.tongchou.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * What a verification found.
 *
 * @param events event lines checked
 * @param persons distinct persons among them
 * @param checkpoints signed checkpoints checked
 * @param keys signing keys in the export
 * @param uncovered events after the last checkpoint: their chains are checked, no signature covers
 *     them yet
 * @param keysPinned whether the auditor pinned the hub's key (otherwise the export's first key was
 *     trusted)
 * @param heldCopies checkpoints kept outside the hub that were compared with the export
 */
public record VerificationReport(
    long events,
    int persons,
    int checkpoints,
    int keys,
    long uncovered,
    boolean keysPinned,
    int heldCopies,
    List<Finding> findings) {

  public VerificationReport {
    findings = List.copyOf(findings);
  }

  public boolean intact() {
    return findings.isEmpty();
  }

  /** The report as both verifiers print it: counts, then the verdict and every finding. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "checked "
            + events
            + " events of "
            + persons
            + " persons, "
            + checkpoints
            + " signed checkpoints, "
            + keys
            + " signing keys"
            + (keysPinned
                ? " (pinned)"
                : " (none pinned: the export's first key was trusted; pin with --hub-key)"));
    if (heldCopies > 0) {
      lines.add(heldCopies + " checkpoints held outside the hub were compared with the export");
    }
    if (uncovered > 0) {
      lines.add(
          uncovered
              + " events come after the last checkpoint: only their hash chains cover them yet");
    }
    if (intact()) {
      lines.add("intact: every hash, chain link, checkpoint, Merkle root and signature checks out");
      return lines;
    }
    lines.add("NOT INTACT: " + findings.size() + " findings");
    for (Finding finding : findings) {
      lines.add("  " + finding);
    }
    return lines;
  }
}
