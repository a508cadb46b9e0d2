package org.tongchou.hub.access.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.platform.grpc.GrpcErrors;

/**
 * Recognises the caller from {@code authorization: Bearer <token>} before any service sees the
 * call; an unknown or missing credential ends the call with UNAUTHENTICATED.
 */
@Component
public class CallerInterceptor implements ServerInterceptor {

    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<Caller> CALLER = Context.key("tongchou-caller");
    private static final String BEARER = "Bearer ";

    private final CredentialStore credentials;

    CallerInterceptor(CredentialStore credentials) {
        this.credentials = credentials;
    }

    /** The caller of the current call; only valid inside a service method. */
    public static Caller current() {
        Caller caller = CALLER.get();
        if (caller == null) {
            throw new IllegalStateException("no caller: the service is not behind CallerInterceptor");
        }
        return caller;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String header = headers.get(AUTHORIZATION);
        Optional<Caller> caller = header != null && header.startsWith(BEARER)
                ? credentials.recognise(header.substring(BEARER.length()).trim()) : Optional.empty();
        if (caller.isEmpty()) {
            String why = header == null ? "no credential: send 'authorization: Bearer <token>'"
                    : "the credential is unknown or revoked";
            GrpcErrors.close(call, GrpcErrors.status(Status.Code.UNAUTHENTICATED, why, "UNAUTHENTICATED", java.util.Map.of()));
            return new ServerCall.Listener<>() { };
        }
        return Contexts.interceptCall(Context.current().withValue(CALLER, caller.get()), call, headers, next);
    }
}
