package org.tongchou.hub.access.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.tls.PeerNames;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.region.domain.RegionDirectory;

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
  private final RegionDirectory regions;
  private final boolean tokensEnabled;

  CallerInterceptor(
      CredentialStore credentials,
      RegionDirectory regions,
      @Value("${tongchou.access.tokens.enabled:true}") boolean tokensEnabled) {
    this.credentials = credentials;
    this.regions = regions;
    this.tokensEnabled = tokensEnabled;
  }

  /** The caller of the current call; only valid inside a service method. */
  public static Caller current() {
    Caller caller = CALLER.get();
    if (caller == null) {
      throw new IllegalStateException("no caller: the service is not behind CallerInterceptor");
    }
    return caller;
  }

  /**
   * The caller named by a client certificate. The TLS handshake has already checked that this hub's
   * CA signed it; what is left is to read the role and code, and to know the code.
   */
  private Optional<Caller> fromCertificate(ServerCall<?, ?> call) {
    SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
    if (session == null) {
      return Optional.empty();
    }
    try {
      Certificate[] chain = session.getPeerCertificates();
      String subject = ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
      return PeerNames.caller(subject)
          .filter(c -> c.jurisdiction() == null || regions.isKnown(c.jurisdiction()));
    } catch (SSLPeerUnverifiedException noCertificate) {
      return Optional.empty();
    }
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String header = headers.get(AUTHORIZATION);
    Optional<Caller> caller = fromCertificate(call);
    if (caller.isEmpty() && tokensEnabled && header != null && header.startsWith(BEARER)) {
      caller = credentials.recognise(header.substring(BEARER.length()).trim());
    }
    if (caller.isEmpty()) {
      String why =
          !tokensEnabled
              ? "no valid client certificate of this hub's CA"
              : header == null
                  ? "no credential: present a client certificate or send 'authorization: Bearer <token>'"
                  : "the credential is unknown or revoked";
      GrpcErrors.close(
          call, GrpcErrors.status(Status.Code.UNAUTHENTICATED, why, "UNAUTHENTICATED", Map.of()));
      return new ServerCall.Listener<>() {};
    }
    return Contexts.interceptCall(
        Context.current().withValue(CALLER, caller.get()), call, headers, next);
  }
}
