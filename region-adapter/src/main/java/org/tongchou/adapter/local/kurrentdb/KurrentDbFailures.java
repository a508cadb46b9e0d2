package org.tongchou.adapter.local.kurrentdb;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.kurrent.dbclient.ConnectionShutdownException;
import io.kurrent.dbclient.NotLeaderException;
import io.kurrent.dbclient.WrongExpectedVersionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.tongchou.adapter.local.StoreException;

/** The client's failures as {@link StoreException}s that say what happened and what to do. */
final class KurrentDbFailures {

  private KurrentDbFailures() {}

  /**
   * @param doing what the adapter was doing, e.g. {@code appending to tongchou-inbox-320200}
   */
  static StoreException of(String doing, String stream, Throwable failure) {
    Throwable e = unwrap(failure);
    if (e instanceof WrongExpectedVersionException w) {
      return new StoreException(
          StoreException.Kind.CONFLICT,
          doing
              + ": the stream "
              + stream
              + " is at "
              + w.getActualState()
              + ", not at "
              + w.getExpectedState()
              + " where this adapter left it: another adapter writes to the same streams"
              + " (only one may run per region); nothing was written",
          e);
    }
    if (e instanceof StatusRuntimeException s) {
      Status.Code code = s.getStatus().getCode();
      if (code == Status.Code.PERMISSION_DENIED) {
        return new StoreException(
            StoreException.Kind.DENIED,
            doing
                + ": KurrentDB denied access to the stream "
                + stream
                + " ("
                + s.getStatus().getDescription()
                + "): give the adapter's user read and write on it (the stream's $acl)",
            e);
      }
      if (code == Status.Code.UNAUTHENTICATED) {
        return new StoreException(
            StoreException.Kind.DENIED,
            doing
                + ": KurrentDB did not accept the user and password of kurrentdb.connection-string",
            e);
      }
    }
    if (e instanceof ConnectionShutdownException || e instanceof NotLeaderException) {
      return new StoreException(
          StoreException.Kind.UNAVAILABLE,
          doing + ": cannot reach KurrentDB (check the host and port of the connection string)",
          e);
    }
    return new StoreException(StoreException.Kind.UNAVAILABLE, doing + ": " + e, e);
  }

  static Throwable unwrap(Throwable failure) {
    Throwable e = failure;
    while ((e instanceof ExecutionException || e instanceof CompletionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
