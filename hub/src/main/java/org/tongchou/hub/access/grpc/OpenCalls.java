package org.tongchou.hub.access.grpc;

import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.access.domain.Lifetimes;

/**
 * Every open call and the credential it came with. Every {@code tongchou.access.recheck-interval}
 * (default 2 s) it ends with UNAUTHENTICATED the calls whose credential has expired or been revoked
 * since they opened: a feed or an export does not outlive its credential by more than that.
 */
@Component
public class OpenCalls implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(OpenCalls.class);

  private final Map<WatchedCall<?, ?>, Credential> open = new ConcurrentHashMap<>();
  private final CredentialStore credentials;
  private final Clock clock;
  private final Duration interval;
  private volatile ScheduledExecutorService timer;

  OpenCalls(
      CredentialStore credentials,
      Clock clock,
      @Value("${tongchou.access.recheck-interval:2s}") String interval) {
    this.credentials = credentials;
    this.clock = clock;
    this.interval = Lifetimes.parse(interval);
  }

  void opened(WatchedCall<?, ?> call, Credential credential) {
    open.put(call, credential);
  }

  /** Whether a long-lived call was let in, and if not, which limit it met. */
  enum Admission {
    ADMITTED,
    /** The credential holds its limit of such calls already. */
    CREDENTIAL_FULL,
    /** This hub node holds its limit of such calls already, from all credentials. */
    HUB_FULL
  }

  /**
   * Registers a call of {@code method} unless the credential has {@code perCredential} of them open
   * already, or this node {@code perHub}. Synchronised, so that two calls at once cannot both take
   * the last place.
   */
  synchronized Admission openedWithin(
      WatchedCall<?, ?> call, Credential credential, String method, int perCredential, int perHub) {
    long ofCredential = 0;
    long ofHub = 0;
    for (Map.Entry<WatchedCall<?, ?>, Credential> e : open.entrySet()) {
      if (e.getKey().getMethodDescriptor().getFullMethodName().equals(method)) {
        ofHub++;
        if (e.getValue().key().equals(credential.key())) {
          ofCredential++;
        }
      }
    }
    if (ofCredential >= perCredential) {
      return Admission.CREDENTIAL_FULL;
    }
    if (ofHub >= perHub) {
      return Admission.HUB_FULL;
    }
    open.put(call, credential);
    return Admission.ADMITTED;
  }

  /** How many calls of {@code method} (its full name) this node has open now. */
  public long openOf(String method) {
    return open.keySet().stream()
        .filter(call -> call.getMethodDescriptor().getFullMethodName().equals(method))
        .count();
  }

  void closed(WatchedCall<?, ?> call) {
    open.remove(call);
  }

  /** One pass: ends the calls of credentials revoked or expired since their call opened. */
  void recheck() {
    if (open.isEmpty()) {
      return;
    }
    Set<String> revoked = credentials.revokedKeys();
    Instant now = clock.instant();
    open.forEach(
        (call, credential) -> {
          boolean isRevoked = revoked.contains(credential.key());
          if (isRevoked || !credential.isValidAt(now)) {
            StatusRuntimeException refusal = CallerInterceptor.refusal(credential, isRevoked);
            Metadata trailers =
                refusal.getTrailers() == null ? new Metadata() : refusal.getTrailers();
            if (call.end(refusal.getStatus(), trailers)) {
              LOG.info(
                  "ended an open call of {} {}: {}",
                  credential.caller().describe(),
                  credential.key(),
                  isRevoked ? "revoked" : "expired");
            }
            open.remove(call);
          }
        });
  }

  private void recheckSafely() {
    try {
      recheck();
    } catch (RuntimeException e) {
      // The store was unreachable: try again next time; the calls stay as they are meanwhile.
      LOG.warn("could not recheck the credentials of open calls: {}", e.getClass().getName());
    }
  }

  @Override
  public void start() {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "credential-recheck");
              t.setDaemon(true);
              return t;
            });
    long ms = interval.toMillis();
    executor.scheduleWithFixedDelay(this::recheckSafely, ms, ms, TimeUnit.MILLISECONDS);
    timer = executor;
  }

  @Override
  public void stop() {
    ScheduledExecutorService executor = timer;
    if (executor != null) {
      executor.shutdownNow();
    }
    timer = null;
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }
}
