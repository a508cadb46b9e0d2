package org.tongchou.hub.access.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.app.ClientCertificates;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.platform.grpc.GrpcErrors;

/**
 * Recognises the caller from its client certificate or {@code authorization: Bearer <token>} before
 * any service sees the call, and checks on every call that the credential is neither expired nor
 * revoked; otherwise the call ends with UNAUTHENTICATED. The open call is then watched ({@link
 * OpenCalls}) until it ends, so that a feed or an export ends too when its credential does.
 */
@Component
public class CallerInterceptor implements ServerInterceptor {

  public static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  /**
   * The certificate (DER) of a workbench session signed in by certificate; read only by {@link
   * #presentedCertificates()}.
   */
  public static final Metadata.Key<byte[]> PRESENTED_CERTIFICATE =
      Metadata.Key.of("tongchou-presented-certificate-bin", Metadata.BINARY_BYTE_MARSHALLER);

  private static final Context.Key<Credential> CREDENTIAL = Context.key("tongchou-credential");
  private static final String BEARER = "Bearer ";

  private final CredentialStore credentials;
  private final ClientCertificates certificates;
  private final boolean tokensEnabled;
  private final OpenCalls openCalls;
  private final int feedsPerCredential;
  private final int maxOpenFeeds;

  /** The feed: long-lived, so the one call whose number per credential is limited. */
  static final String SUBSCRIBE = "tongchou.v1.RegionSync/Subscribe";

  CallerInterceptor(
      CredentialStore credentials,
      ClientCertificates certificates,
      @Value("${tongchou.access.tokens.enabled:true}") boolean tokensEnabled,
      OpenCalls openCalls,
      @Value("${tongchou.access.feeds-per-credential:4}") int feedsPerCredential,
      @Value("${tongchou.access.max-open-feeds:1000}") int maxOpenFeeds) {
    this.feedsPerCredential = feedsPerCredential;
    this.maxOpenFeeds = maxOpenFeeds;
    this.credentials = credentials;
    this.certificates = certificates;
    this.tokensEnabled = tokensEnabled;
    this.openCalls = openCalls;
  }

  /** The caller of the current call; only valid inside a service method. */
  public static Caller current() {
    return currentCredential().caller();
  }

  /** The credential of the current call; only valid inside a service method. */
  public static Credential currentCredential() {
    Credential credential = CREDENTIAL.get();
    if (credential == null) {
      throw new IllegalStateException("no caller: the service is not behind CallerInterceptor");
    }
    return credential;
  }

  /** The client certificate of a call over TLS, if the peer presented one. */
  private static Optional<X509Certificate> peerCertificate(ServerCall<?, ?> call) {
    SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
    if (session == null) {
      return Optional.empty();
    }
    try {
      Certificate[] chain = session.getPeerCertificates();
      return Optional.of((X509Certificate) chain[0]);
    } catch (SSLPeerUnverifiedException noCertificate) {
      return Optional.empty();
    }
  }

  /**
   * The same check for the workbench's in-process channel, where the certificate of a session
   * signed in by certificate arrives in {@link #PRESENTED_CERTIFICATE}: the HTTP port's TLS
   * handshake verified it at sign-in, and it is recognised again here on every call, by the same
   * rule, so a revoked certificate stops working at once. Only a server built with this interceptor
   * reads that header, and only the workbench's in-process one is: on the gRPC port a certificate
   * comes from the handshake alone, since anyone can copy a certificate but not its key.
   */
  public ServerInterceptor presentedCertificates() {
    return new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(
          ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        return intercept(call, headers, next, presented(headers.get(PRESENTED_CERTIFICATE)));
      }
    };
  }

  private static Optional<X509Certificate> presented(byte[] der) {
    if (der == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der)));
    } catch (CertificateException notACertificate) {
      return Optional.empty();
    }
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    return intercept(call, headers, next, peerCertificate(call));
  }

  private <Q, R> ServerCall.Listener<Q> intercept(
      ServerCall<Q, R> call,
      Metadata headers,
      ServerCallHandler<Q, R> next,
      Optional<X509Certificate> presented) {
    String header = headers.get(AUTHORIZATION);
    // A certificate that names no caller the hub knows leaves the token to decide, as before.
    Optional<Credential> credential = Optional.empty();
    if (presented.isPresent()) {
      ClientCertificates.Recognition recognised = certificates.recognise(presented.get());
      switch (recognised.standing()) {
        case VALID -> credential = recognised.usable();
        case REVOKED, EXPIRED -> {
          GrpcErrors.close(
              call,
              refusal(
                  recognised.credential(),
                  recognised.standing() == ClientCertificates.Standing.REVOKED));
          return new ServerCall.Listener<>() {};
        }
        case UNKNOWN -> {}
      }
    }
    if (credential.isEmpty() && tokensEnabled && header != null && header.startsWith(BEARER)) {
      String token = header.substring(BEARER.length()).trim();
      credential = credentials.recognise(token);
      if (credential.isEmpty()) {
        Optional<CredentialStore.Listed> known = credentials.find(token);
        if (known.isPresent()) {
          // Whoever holds the token may learn why it no longer works; nobody else gets here.
          GrpcErrors.close(call, refusal(known.get()));
          return new ServerCall.Listener<>() {};
        }
      }
    }
    if (credential.isEmpty()) {
      String why =
          !tokensEnabled
              ? "no valid client certificate of this hub's CA"
              : header == null
                  ? "no credential: present a client certificate or send 'authorization: Bearer <token>'"
                  : "the credential is unknown";
      GrpcErrors.close(
          call, GrpcErrors.status(Status.Code.UNAUTHENTICATED, why, "UNAUTHENTICATED", Map.of()));
      return new ServerCall.Listener<>() {};
    }
    WatchedCall<Q, R> watched = new WatchedCall<>(call);
    if (call.getMethodDescriptor().getFullMethodName().equals(SUBSCRIBE)) {
      OpenCalls.Admission admission =
          openCalls.openedWithin(
              watched, credential.get(), SUBSCRIBE, feedsPerCredential, maxOpenFeeds);
      switch (admission) {
        case ADMITTED -> {}
        case CREDENTIAL_FULL -> {
          // One feed per adapter is the norm; a few allow a restart's overlap. More is a leak or
          // an attempt to hold the hub's feed threads.
          GrpcErrors.close(
              call,
              GrpcErrors.status(
                  Status.Code.RESOURCE_EXHAUSTED,
                  "this credential has "
                      + feedsPerCredential
                      + " feeds open already; close one first",
                  "TOO_MANY_FEEDS",
                  Map.of("limit", Integer.toString(feedsPerCredential))));
          return new ServerCall.Listener<>() {};
        }
        case HUB_FULL -> {
          // Shedding, not falling over: every open feed holds a cursor and is woken by every
          // commit, so past its limit this node refuses new feeds, with a delay to come back
          // after (or to go to another node), and keeps serving the ones it has.
          GrpcErrors.close(call, FeedShedding.hubFull(maxOpenFeeds));
          return new ServerCall.Listener<>() {};
        }
      }
    } else {
      openCalls.opened(watched, credential.get());
    }
    ServerCall.Listener<Q> listener =
        Contexts.interceptCall(
            Context.current().withValue(CREDENTIAL, credential.get()), watched, headers, next);
    return watched.listen(listener, () -> openCalls.closed(watched));
  }

  /**
   * UNAUTHENTICATED for a credential that was valid once: {@code CREDENTIAL_REVOKED} or {@code
   * CREDENTIAL_EXPIRED}, with its id, so that its holder knows to ask for a new one.
   */
  static StatusRuntimeException refusal(Credential credential, boolean revoked) {
    return refusal(credential.kind(), credential.id(), revoked, credential.expiresAt().toString());
  }

  private static StatusRuntimeException refusal(CredentialStore.Listed token) {
    boolean revoked = token.revokedAt() != null;
    return refusal(Credential.Kind.TOKEN, token.id(), revoked, token.expiresAt().toString());
  }

  private static StatusRuntimeException refusal(
      Credential.Kind kind, String id, boolean revoked, String expiresAt) {
    String what = kind == Credential.Kind.TOKEN ? "token" : "certificate";
    return GrpcErrors.exception(
        GrpcErrors.status(
            Status.Code.UNAUTHENTICATED,
            revoked
                ? "the " + what + " " + id + " is revoked"
                : "the " + what + " " + id + " expired at " + expiresAt,
            revoked ? "CREDENTIAL_REVOKED" : "CREDENTIAL_EXPIRED",
            Map.of("credential", Credential.key(kind, id), "expires_at", expiresAt)));
  }
}
