package org.tongchou.hub.platform.grpc;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * The last line of defence: an exception no service turned into a status would reach the client as
 * a bare UNKNOWN. Here it becomes UNAVAILABLE (storage unreachable: retry later) or INTERNAL, always
 * with an ErrorInfo, and is logged with its stack trace for the operator.
 */
public class UnexpectedErrorInterceptor implements ServerInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorInterceptor.class);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        ServerCall.Listener<Q> listener;
        try {
            listener = next.startCall(call, headers);
        } catch (RuntimeException e) {
            fail(call, e);
            return new ServerCall.Listener<>() { };
        }
        return new SimpleForwardingServerCallListener<>(listener) {
            @Override
            public void onMessage(Q message) {
                guard(() -> super.onMessage(message));
            }

            @Override
            public void onHalfClose() {
                guard(super::onHalfClose);
            }

            private void guard(Runnable step) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    fail(call, e);
                }
            }
        };
    }

    private static void fail(ServerCall<?, ?> call, RuntimeException e) {
        LOG.error("unexpected failure in {}", call.getMethodDescriptor().getFullMethodName(), e);
        boolean storage = e instanceof TransientDataAccessException || e instanceof DataAccessException
                && e.getCause() instanceof java.sql.SQLTransientException;
        Status.Code code = storage || e instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                ? Status.Code.UNAVAILABLE : Status.Code.INTERNAL;
        try {
            GrpcErrors.close(call, GrpcErrors.status(code, code == Status.Code.UNAVAILABLE
                    ? "the hub's storage is unavailable; nothing was changed, try again later"
                    : "the hub failed unexpectedly; the failure is logged", code == Status.Code.UNAVAILABLE
                    ? "STORE_UNAVAILABLE" : "INTERNAL_FAILURE", Map.of()));
        } catch (IllegalStateException alreadyClosed) {
            // the service closed the call before failing; the client already has its answer
        }
    }
}
