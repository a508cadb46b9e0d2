package org.tongchou.hub.person.app;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.platform.jdbc.LostRaces;

/**
 * Sends commands to persons and records what they decided, feed entries included, in one unit of
 * work and one transaction: an office's act is stored whole or not at all.
 */
@Component
public class PersonCommands {

  private final CommandGateway commands;
  private final TransactionManager transactions;
  private final FeedRecorder feed;

  PersonCommands(CommandGateway commands, TransactionManager transactions, FeedRecorder feed) {
    this.commands = commands;
    this.transactions = transactions;
    this.feed = feed;
  }

  /**
   * Sends the commands in order in one unit of work: all are recorded, or, at the first refusal,
   * none is (the refusal is returned). {@code alsoInTransaction} runs after them, before commit.
   */
  public Decision sendAll(List<?> batch, Runnable alsoInTransaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return sendAllOnce(batch, alsoInTransaction);
      } catch (RuntimeException e) {
        // Another hub node wrote to the person since this node cached them: try again from the
        // store.
        if (attempt == ATTEMPTS || !LostRaces.isLostRace(e)) {
          throw e;
        }
      }
    }
  }

  private static final int ATTEMPTS = 3;

  private Decision sendAllOnce(List<?> batch, Runnable alsoInTransaction) {
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    unitOfWork.attachTransaction(transactions);
    var result =
        unitOfWork.executeWithResult(
            () -> {
              Decision last = null;
              for (Object command : batch) {
                last = sendAndWait(command);
                if (last instanceof Decision.Refused) {
                  throw new RefusedCommand(last);
                }
              }
              alsoInTransaction.run();
              unitOfWork.onPrepareCommit(u -> feed.record(RecordedDecisions.take(u)));
              return last;
            });
    if (result.isExceptional()) {
      Throwable failure = result.exceptionResult();
      if (failure instanceof RefusedCommand refused) {
        return refused.decision;
      }
      throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
    }
    return (Decision) result.getPayload();
  }

  private <T> T sendAndWait(Object command) {
    return commands.sendAndWait(command);
  }

  /** Rolls the unit of work back when one of several commands is refused. */
  private static final class RefusedCommand extends RuntimeException {
    private final transient Decision decision;

    RefusedCommand(Decision decision) {
      super("refused", null, false, false);
      this.decision = decision;
    }
  }

  public Decision send(Object command) {
    return sendAll(List.of(command), () -> {});
  }
}
