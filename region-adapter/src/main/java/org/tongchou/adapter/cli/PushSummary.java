package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tongchou.adapter.facts.Refusal;
import org.tongchou.adapter.hub.PushResult;

/**
 * The outcome of a push as the operator reads it on stdout: counts, then one line per refusal in
 * file order, local and hub refusals alike ({@code line N recordId field CODE reason}).
 */
public final class PushSummary {

  private final List<Refusal> localRefusals;
  private final PushResult result;

  public PushSummary(List<Refusal> localRefusals, PushResult result) {
    this.localRefusals = localRefusals;
    this.result = result;
  }

  /** Refused lines: those refused locally plus the facts the hub refused. */
  public int refused() {
    return localRefusals.size() + result.refused();
  }

  public void print(PrintWriter out, String heading) {
    out.println(heading);
    out.printf("  accepted   %,9d%n", result.accepted());
    out.printf("  duplicate  %,9d%n", result.duplicate());
    out.printf("  refused    %,9d%n", refused());
    if (result.notSent() > 0) {
      out.printf("  not sent   %,9d%n", result.notSent());
    }
    List<Refusal> refusals = new ArrayList<>(localRefusals);
    refusals.addAll(result.refusals());
    refusals.sort(
        Comparator.comparingInt(Refusal::line)); // stable: a line's violations stay in order
    if (!refusals.isEmpty()) {
      out.println("Refusals:");
      refusals.forEach(
          r ->
              out.printf(
                  "line %d  %s  %s  %s  %s%n",
                  r.line(), r.recordId(), r.field(), r.code(), r.reason()));
    }
  }

  public int exitCode() {
    if (result.notSent() > 0 || result.failure().isPresent()) {
      return ExitCodes.NOT_DONE;
    }
    return refused() > 0 ? ExitCodes.REFUSED : ExitCodes.OK;
  }
}
