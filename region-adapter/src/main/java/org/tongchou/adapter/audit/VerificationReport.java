package org.tongchou.adapter.audit;

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
}
