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
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.access.tls.PeerNames;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.region.domain.RegionDirectory;

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
  private static final Context.Key<Credential> CREDENTIAL = Context.key("tongchou-credential");
  private static final String BEARER = "Bearer ";

  private final CredentialStore credentials;
  private final RegionDirectory regions;
  private final boolean tokensEnabled;
  private final OpenCalls openCalls;
  private final Clock clock;
  private final int feedsPerCredential;
  private final int maxOpenFeeds;

  /** The feed: long-lived, so the one call whose number per credential is limited. */
  static final String SUBSCRIBE = "tongchou.v1.RegionSync/Subscribe";

  CallerInterceptor(
      CredentialStore credentials,
      RegionDirectory regions,
      @Value("${tongchou.access.tokens.enabled:true}") boolean tokensEnabled,
      OpenCalls openCalls,
      Clock clock,
      @Value("${tongchou.access.feeds-per-credential:4}") int feedsPerCredential,
      @Value("${tongchou.access.max-open-feeds:1000}") int maxOpenFeeds) {
    this.feedsPerCredential = feedsPerCredential;
    this.maxOpenFeeds = maxOpenFeeds;
    this.credentials = credentials;
    this.regions = regions;
    this.tokensEnabled = tokensEnabled;
    this.openCalls = openCalls;
    this.clock = clock;
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

  /**
   * The credential named by a client certificate, valid or not. The TLS handshake has already
   * checked that this hub's CA signed it and that it was valid then; what is left is to read the
   * role and code, and to know the code.
   */
  private Optional<Credential> fromCertificate(ServerCall<?, ?> call) {
    SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
    if (session == null) {
      return Optional.empty();
    }
    try {
      Certificate[] chain = session.getPeerCertificates();
      X509Certificate certificate = (X509Certificate) chain[0];
      String subject = certificate.getSubjectX500Principal().getName();
      return PeerNames.caller(subject)
          .filter(c -> c.jurisdiction() == null || regions.isKnown(c.jurisdiction()))
          .map(
              c ->
                  new Credential(
                      Credential.Kind.CERTIFICATE,
                      certificate.getSerialNumber().toString(16),
                      c,
                      certificate.getNotAfter().toInstant()));
    } catch (SSLPeerUnverifiedException noCertificate) {
      return Optional.empty();
    }
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String header = headers.get(AUTHORIZATION);
    Optional<Credential> credential = fromCertificate(call);
    if (credential.isPresent()) {
      Credential certificate = credential.get();
      boolean revoked = credentials.isCertificateRevoked(certificate.id());
      if (revoked || !certificate.isValidAt(clock.instant())) {
        GrpcErrors.close(call, refusal(certificate, revoked));
        return new ServerCall.Listener<>() {};
      }
    } else if (tokensEnabled && header != null && header.startsWith(BEARER)) {
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
