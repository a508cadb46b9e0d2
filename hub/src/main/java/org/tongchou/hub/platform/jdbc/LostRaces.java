package org.tongchou.hub.platform.jdbc;

import java.sql.SQLException;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Whether a failed write lost a race to another writer: another stream or hub node recorded the
 * same key or person first. Nothing of the losing transaction was stored, its rollback dropped the
 * cached person (Axon's caching repository evicts on rollback), and trying again sees what the
 * other writer stored. Anything else is a real failure and must not be retried.
 */
public final class LostRaces {

  private LostRaces() {}

  public static boolean isLostRace(Throwable failure) {
    if (failure instanceof DuplicateKeyException
        || failure instanceof ConcurrencyException
        || failure instanceof AggregateStreamCreationException
        || failure instanceof DeadlockException) {
      return true;
    }
    // Axon's JDBC store reports a clash on (aggregate, sequence) as an EventStoreException.
    if (failure instanceof EventStoreException) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }
}
