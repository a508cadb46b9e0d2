package org.tongchou.hub.evidence.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.hub.evidence.domain.MerkleTree;

/** Audit paths for a partial export, one checkpoint's tree at a time (events come in log order). */
final class AuditPaths {

  record Proof(long checkpoint, int leafIndex, List<String> path) {}

  private final LogRows rows;
  private final List<StoredCheckpoint> signed;
  private final List<StoredCheckpoint> used = new ArrayList<>();
  private StoredCheckpoint current;
  private LogRows.Leaves leaves;
  private MerkleTree tree;

  AuditPaths(LogRows rows, List<StoredCheckpoint> signed) {
    this.rows = rows;
    this.signed = signed;
  }

  Optional<Proof> of(long position) {
    StoredCheckpoint covering =
        signed.stream().filter(c -> c.toPosition() >= position).findFirst().orElse(null);
    if (covering == null) {
      return Optional.empty();
    }
    if (covering != current) {
      current = covering;
      leaves = rows.leaves(fromOf(covering), covering.toPosition());
      tree = leaves.leaves().isEmpty() ? null : MerkleTree.of(leaves.leaves());
      used.add(covering);
    }
    int index = leaves.indexOf(position);
    return index < 0 || tree == null
        ? Optional.empty()
        : Optional.of(new Proof(covering.sequence(), index, tree.path(index)));
  }

  private long fromOf(StoredCheckpoint checkpoint) {
    int at = signed.indexOf(checkpoint);
    return at == 0 ? 0 : signed.get(at - 1).toPosition();
  }

  /** The checkpoints whose trees gave paths so far, in log order. */
  List<StoredCheckpoint> used() {
    return used;
  }
}
