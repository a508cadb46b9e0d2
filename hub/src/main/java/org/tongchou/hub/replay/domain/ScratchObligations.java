package org.tongchou.hub.replay.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tongchou.hub.obligation.domain.Obligation;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;

/**
 * A replay's scratch copy of {@code obligation_view}, in memory: each obligation as its changes
 * leave it, folded exactly as the live projection ({@code ObligationProjection}) writes its rows,
 * so that the same rows give the same scorecard bytes. Only obligations {@code kept} are held
 * (those a scorecard of the replayed division and period reads), so memory follows the question,
 * not the log. Remembers the log positions of the events behind each obligation, for diffs.
 */
public final class ScratchObligations {

  private final Predicate<ObligationChange.Opened> kept;

  /** One map, not two: a replay looks an obligation up once per change. */
  private final Map<String, Held> held = new HashMap<>();

  /**
   * One copy of each repeated word (kinds, regions, versions, periods): a large scratch is mostly
   * these.
   */
  private final Map<String, String> words = new HashMap<>();

  /**
   * An obligation held, and the positions behind it as plain numbers: a large scratch is hundreds
   * of thousands of these, and boxed positions in lists were three objects more each.
   */
  private static final class Held {
    ObligationRow row;
    long[] behind;
    int count;

    Held(ObligationRow row, long position) {
      this.row = row;
      this.behind = new long[] {position};
      this.count = 1;
    }

    void add(long position) {
      if (count == behind.length) {
        behind = Arrays.copyOf(behind, count * 2);
      }
      behind[count++] = position;
    }

    boolean has(long position) {
      for (int i = 0; i < count; i++) {
        if (behind[i] == position) {
          return true;
        }
      }
      return false;
    }

    List<Long> positions() {
      List<Long> positions = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        positions.add(behind[i]);
      }
      return positions;
    }
  }

  public ScratchObligations(Predicate<ObligationChange.Opened> kept) {
    this.kept = kept;
  }

  /**
   * Applies one change recorded at {@code position}; changes to obligations not kept are ignored.
   */
  public void apply(String personKey, ObligationChange change, long position) {
    if (change instanceof ObligationChange.Opened e) {
      if (!kept.test(e)) {
        return;
      }
      held.put(
          e.obligationId(),
          new Held(
              new ObligationRow(
                  e.obligationId(),
                  personKey,
                  word(e.kind()),
                  e.subject(),
                  e.side(),
                  word(e.responsible()),
                  word(e.owed()),
                  e.opensOn(),
                  e.dueOn(),
                  word(e.policyVersion()),
                  e.openedBy(),
                  word(e.period()),
                  e.status(),
                  e.evidence(),
                  e.settledOn(),
                  null,
                  null,
                  null,
                  position,
                  null,
                  null,
                  null,
                  null),
              position));
      return;
    }
    Held h = held.get(change.obligationId());
    if (h == null) {
      return;
    }
    h.add(position);
    h.row = changed(h.row, change, position);
  }

  private String word(String text) {
    return text == null ? null : words.computeIfAbsent(text, w -> w);
  }

  private static ObligationRow changed(ObligationRow r, ObligationChange change, long at) {
    return change.accept(new Changing(r, at));
  }

  /** The row as each kind of change at {@code at} leaves it. */
  private record Changing(ObligationRow r, long at)
      implements ObligationChange.Visitor<ObligationRow> {

    /** Never reaches here: {@link #apply} holds an opened obligation itself. */
    @Override
    public ObligationRow opened(ObligationChange.Opened e) {
      return r;
    }

    @Override
    public ObligationRow statusChanged(ObligationChange.StatusChanged e) {
      return row(
          r,
          e.status(),
          e.evidence(),
          e.settledOn(),
          r.replacedBy(),
          r.waivedBy(),
          r.waiverReason(),
          at,
          r.dispute(),
          r.disputedBy(),
          r.disputeReason(),
          r.disputeRuling());
    }

    @Override
    public ObligationRow reassigned(ObligationChange.Reassigned e) {
      return row(
          r,
          ObligationStatus.REASSIGNED,
          r.evidence(),
          r.settledOn(),
          e.replacedBy(),
          r.waivedBy(),
          r.waiverReason(),
          at,
          r.dispute(),
          r.disputedBy(),
          r.disputeReason(),
          r.disputeRuling());
    }

    @Override
    public ObligationRow waived(ObligationChange.Waived e) {
      return row(
          r,
          ObligationStatus.WAIVED,
          r.evidence(),
          r.settledOn(),
          r.replacedBy(),
          e.office(),
          e.reason(),
          at,
          r.dispute(),
          r.disputedBy(),
          r.disputeReason(),
          r.disputeRuling());
    }

    @Override
    public ObligationRow disputed(ObligationChange.Disputed e) {
      return row(
          r,
          r.status(),
          r.evidence(),
          r.settledOn(),
          r.replacedBy(),
          r.waivedBy(),
          r.waiverReason(),
          at,
          Obligation.Dispute.DISPUTED.word(),
          e.disputedBy(),
          e.reason(),
          null);
    }

    @Override
    public ObligationRow disputeRuled(ObligationChange.DisputeRuled e) {
      return row(
          r,
          r.status(),
          r.evidence(),
          r.settledOn(),
          r.replacedBy(),
          r.waivedBy(),
          r.waiverReason(),
          at,
          Obligation.Dispute.ruled(e.upheld()).word(),
          r.disputedBy(),
          r.disputeReason(),
          e.reason());
    }
  }

  private static ObligationRow row(
      ObligationRow r,
      ObligationStatus status,
      String evidence,
      LocalDate settledOn,
      String replacedBy,
      String waivedBy,
      String waiverReason,
      long at,
      String dispute,
      String disputedBy,
      String disputeReason,
      String disputeRuling) {
    return new ObligationRow(
        r.obligationId(),
        r.personKey(),
        r.kind(),
        r.subject(),
        r.side(),
        r.responsible(),
        r.owed(),
        r.opensOn(),
        r.dueOn(),
        r.policyVersion(),
        r.openedBy(),
        r.period(),
        status,
        evidence,
        settledOn,
        replacedBy,
        waivedBy,
        waiverReason,
        at,
        dispute,
        disputedBy,
        disputeReason,
        disputeRuling);
  }

  /** Adds the log position of an event behind an obligation held (a fact that opened or met it). */
  public void addBehind(String obligationId, long position) {
    Held h = held.get(obligationId);
    if (h != null && !h.has(position)) {
      h.add(position);
    }
  }

  public boolean holds(String obligationId) {
    return held.containsKey(obligationId);
  }

  /**
   * Every obligation held, in obligation-id order (Java's order of strings, as ObligationViews
   * reads them).
   */
  public List<ObligationRow> rows() {
    List<ObligationRow> sorted = new ArrayList<>(held.size());
    held.values().forEach(h -> sorted.add(h.row));
    sorted.sort(Comparator.comparing(ObligationRow::obligationId));
    return sorted;
  }

  /** The log positions of the events behind an obligation, in the order met. */
  public Collection<Long> behind(String obligationId) {
    Held h = held.get(obligationId);
    return h == null ? List.of() : h.positions();
  }
}
