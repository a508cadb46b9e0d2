package org.tongchou.hub.person.app;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.tongchou.hub.person.domain.Decision;

/**
 * What the person aggregates decided in the current unit of work, whatever started it (a batch of
 * facts, a wake-up, an office's command), so that the feed can be written in the same transaction
 * as the events, after Axon appended them.
 */
public final class RecordedDecisions {

  private static final String KEY = RecordedDecisions.class.getName();

  private RecordedDecisions() {}

  public static void note(Decision.Accepted decision) {
    if (CurrentUnitOfWork.isStarted()) {
      CurrentUnitOfWork.get()
          .root()
          .<List<Decision.Accepted>>getOrComputeResource(KEY, k -> new ArrayList<>())
          .add(decision);
    }
  }

  /** The decisions noted in this unit of work (its root), handed over once. */
  public static List<Decision.Accepted> take(UnitOfWork<?> unitOfWork) {
    List<Decision.Accepted> noted =
        unitOfWork.root().resources().remove(KEY) instanceof List<?> list
            ? castAll(list)
            : List.of();
    return noted;
  }

  @SuppressWarnings("unchecked")
  private static List<Decision.Accepted> castAll(List<?> list) {
    return (List<Decision.Accepted>) list;
  }
}
