package org.tongchou.hub.access.app;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.access.tls.PeerNames;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * What a client certificate of this hub's CA names, and whether it may be used now: the one rule
 * for the gRPC port ({@code CallerInterceptor}) and for the workbench's sign-in on the HTTP port.
 * The TLS handshake has already checked that this hub's CA signed it and that it was valid then;
 * what is left is to read the role and code, to know the code, and to check revocation and expiry
 * again at each use.
 */
@Component
public class ClientCertificates {

  private final CredentialStore credentials;
  private final RegionDirectory regions;
  private final Clock clock;

  ClientCertificates(CredentialStore credentials, RegionDirectory regions, Clock clock) {
    this.credentials = credentials;
    this.regions = regions;
    this.clock = clock;
  }

  /** Where a certificate stands now. */
  public enum Standing {
    /** It names a caller the hub knows, and is neither revoked nor expired. */
    VALID,
    /** It names a caller the hub knows, but was revoked: its holder needs a new one. */
    REVOKED,
    /** It names a caller the hub knows, but has expired: its holder needs a new one. */
    EXPIRED,
    /** It does not follow the naming convention, or names a division the hub does not know. */
    UNKNOWN
  }

  /**
   * What a certificate is worth now: its standing and, unless {@link Standing#UNKNOWN}, the
   * credential it names (also when refused, so that the refusal can name it).
   */
  public record Recognition(Standing standing, Credential credential) {

    /** The credential, if the certificate may be used now ({@link Standing#VALID}). */
    public Optional<Credential> usable() {
      return standing == Standing.VALID ? Optional.of(credential) : Optional.empty();
    }
  }

  public Recognition recognise(X509Certificate certificate) {
    Optional<Credential> named = named(certificate);
    if (named.isEmpty()) {
      return new Recognition(Standing.UNKNOWN, null);
    }
    Credential credential = named.get();
    Standing standing =
        credentials.isCertificateRevoked(credential.id())
            ? Standing.REVOKED
            : credential.isValidAt(clock.instant()) ? Standing.VALID : Standing.EXPIRED;
    return new Recognition(standing, credential);
  }

  private Optional<Credential> named(X509Certificate certificate) {
    return PeerNames.caller(certificate.getSubjectX500Principal().getName())
        .filter(c -> c.jurisdiction() == null || regions.isKnown(c.jurisdiction()))
        .map(
            c ->
                new Credential(
                    Credential.Kind.CERTIFICATE,
                    certificate.getSerialNumber().toString(16),
                    c,
                    certificate.getNotAfter().toInstant()));
  }
}
