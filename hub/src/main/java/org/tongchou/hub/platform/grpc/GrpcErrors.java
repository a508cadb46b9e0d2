package org.tongchou.hub.platform.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;

/**
 * Builds the {@code google.rpc.Status} of every refusal: a code, a message, an ErrorInfo with a
 * stable reason, and BadRequest field violations where fields are to blame.
 */
public final class GrpcErrors {

  /** The ErrorInfo domain of every Tongchou error. */
  public static final String DOMAIN = "tongchou.org";

  private static final Logger LOG = LoggerFactory.getLogger(GrpcErrors.class);

  private GrpcErrors() {}

  public static com.google.rpc.Status status(
      Status.Code code, String message, String reason, Map<String, String> metadata) {
    return status(code, message, reason, metadata, List.of());
  }

  public static com.google.rpc.Status status(
      Status.Code code,
      String message,
      String reason,
      Map<String, String> metadata,
      List<FieldViolation> violations) {
    com.google.rpc.Status.Builder status =
        com.google.rpc.Status.newBuilder()
            .setCode(code.value())
            .setMessage(message)
            .addDetails(
                Any.pack(
                    ErrorInfo.newBuilder()
                        .setDomain(DOMAIN)
                        .setReason(reason)
                        .putAllMetadata(metadata)
                        .build()));
    if (!violations.isEmpty()) {
      BadRequest.Builder badRequest = BadRequest.newBuilder();
      violations.forEach(
          v ->
              badRequest.addFieldViolations(
                  BadRequest.FieldViolation.newBuilder()
                      .setField(v.field())
                      .setDescription(v.description())));
      status.addDetails(Any.pack(badRequest.build()));
    }
    return status.build();
  }

  /** An expected refusal as a status: its kind is the code, its reason the ErrorInfo reason. */
  public static com.google.rpc.Status of(
      Refusal refusal, String about, Map<String, String> metadata) {
    return status(
        Status.Code.valueOf(refusal.kind().name()),
        about + ": " + refusal.message(),
        refusal.reason(),
        metadata,
        refusal.violations());
  }

  /**
   * A failure that is not a refusal: UNAVAILABLE when storage could not be reached or timed out
   * (nothing was changed; the client retries), INTERNAL for anything else. Logged by class and SQL
   * state only: a driver's message can quote the statement's parameters, which may be an ID number
   * or a name. An outage is expected (the database restarts, the network drops): one WARN line per
   * call, no stack trace; anything else is a defect, logged at ERROR with where it failed.
   */
  public static com.google.rpc.Status unexpected(String where, RuntimeException e) {
    SQLException sql = sqlCause(e);
    String state = sql == null ? "" : " (SQL state " + sql.getSQLState() + ")";
    if (isOutage(e)) {
      LOG.warn(
          "storage unavailable in {}: {}{}{}; answered UNAVAILABLE, the client retries",
          where,
          e.getClass().getName(),
          rootCause(e) == e ? "" : " caused by " + rootCause(e).getClass().getName(),
          state);
      return status(
          Status.Code.UNAVAILABLE,
          "the hub's storage is unavailable; nothing was changed, try again",
          "STORE_UNAVAILABLE",
          Map.of());
    }
    LOG.error(
        "unexpected failure in {}: {}{}\n{}", where, e.getClass().getName(), state, framesOf(e));
    return status(
        Status.Code.INTERNAL,
        "the hub failed unexpectedly and changed nothing; the failure is logged",
        "INTERNAL_FAILURE",
        Map.of());
  }

  /**
   * Whether {@code e} says storage could not be reached or timed out, rather than a defect:
   * Spring's translation of such a failure anywhere among its causes (Axon wraps the event
   * store's), or the driver's own exception for it (a connection-class SQL state: 08 connection
   * exception, 57P server shut down or starting, 53300 too many connections).
   */
  public static boolean isOutage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TransientDataAccessException
          || t instanceof DataAccessResourceFailureException
          || t instanceof CannotCreateTransactionException
          || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException s && s.getSQLState() != null) {
        String state = s.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code status} with a RetryInfo detail: how long the caller should wait before trying again (a
   * quota until tomorrow, a node serving its limit of feeds).
   */
  public static com.google.rpc.Status withRetryDelay(com.google.rpc.Status status, long seconds) {
    return status.toBuilder()
        .addDetails(
            Any.pack(
                RetryInfo.newBuilder()
                    .setRetryDelay(com.google.protobuf.Duration.newBuilder().setSeconds(seconds))
                    .build()))
        .build();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /**
   * Where it failed, without any exception message (a message may quote an ID number or a name):
   * each cause's class and its first frames, so that an operator can find the defect.
   */
  static String framesOf(Throwable e) {
    StringBuilder where = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      where.append(t == e ? "" : "caused by ").append(t.getClass().getName()).append('\n');
      java.util.Arrays.stream(t.getStackTrace())
          .limit(12)
          .forEach(frame -> where.append("\tat ").append(frame).append('\n'));
    }
    return where.toString();
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  /**
   * INVALID_ARGUMENT for one field, with its violation; {@code reason} is the ErrorInfo reason the
   * service documents for a bad request ({@code INVALID_REQUEST}, the feed's {@code
   * BAD_SUBSCRIPTION}).
   */
  public static StatusRuntimeException invalid(String reason, String field, String description) {
    return exception(
        status(
            Status.Code.INVALID_ARGUMENT,
            field + ": " + description,
            reason,
            Map.of(),
            List.of(new FieldViolation(field, description))));
  }

  public static StatusRuntimeException exception(com.google.rpc.Status status) {
    return StatusProto.toStatusRuntimeException(status);
  }

  /** Ends a call that never reached its service (e.g. refused by an interceptor). */
  public static void close(ServerCall<?, ?> call, com.google.rpc.Status status) {
    close(call, exception(status));
  }

  /**
   * Ends a call with a refusal's code, message and details (the details travel in its trailers).
   */
  public static void close(ServerCall<?, ?> call, StatusRuntimeException refusal) {
    Metadata trailers = refusal.getTrailers() == null ? new Metadata() : refusal.getTrailers();
    call.close(refusal.getStatus(), trailers);
  }
}
