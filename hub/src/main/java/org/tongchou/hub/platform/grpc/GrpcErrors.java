package org.tongchou.hub.platform.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
   * or a name.
   */
  public static com.google.rpc.Status unexpected(String where, RuntimeException e) {
    boolean storage =
        e instanceof TransientDataAccessException
            || e instanceof DataAccessResourceFailureException
            || e instanceof CannotCreateTransactionException;
    SQLException sql = sqlCause(e);
    LoggerFactory.getLogger(GrpcErrors.class)
        .error(
            "unexpected failure in {}: {}{}",
            where,
            e.getClass().getName(),
            sql == null ? "" : " (SQL state " + sql.getSQLState() + ")");
    return storage
        ? status(
            Status.Code.UNAVAILABLE,
            "the hub's storage is unavailable; nothing was changed, try again",
            "STORE_UNAVAILABLE",
            Map.of())
        : status(
            Status.Code.INTERNAL,
            "the hub failed unexpectedly and changed nothing; the failure is logged",
            "INTERNAL_FAILURE",
            Map.of());
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
