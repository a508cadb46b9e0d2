package org.tongchou.hub.workbench.app;

import java.io.Serializable;
import java.security.cert.X509Certificate;
import java.util.function.Function;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;

/**
 * Who is signed in to the workbench: the caller the credential names, and the credential itself.
 * The credential stays in the server-side session (never in a cookie or a page): every call the
 * workbench makes presents it again, so a revoked credential stops working at once.
 */
public record OfficeUser(Caller caller, Presented credential) implements Serializable {

  /** How the session proves who it is on each call. */
  public sealed interface Presented extends Serializable {

    /** Calls {@code byToken} or {@code byCertificate}, whichever this credential is. */
    <R> R presented(Function<String, R> byToken, Function<X509Certificate, R> byCertificate);
  }

  /** A token, entered once at sign-in. */
  public record Token(String token) implements Presented {

    @Override
    public <R> R presented(
        Function<String, R> byToken, Function<X509Certificate, R> byCertificate) {
      return byToken.apply(token);
    }

    @Override
    public String toString() {
      return "token";
    }
  }

  /** The client certificate the HTTP port's TLS handshake verified at sign-in. */
  public record Certificate(X509Certificate certificate) implements Presented {

    @Override
    public <R> R presented(
        Function<String, R> byToken, Function<X509Certificate, R> byCertificate) {
      return byCertificate.apply(certificate);
    }
  }

  /** Offices act; auditors only read. */
  public boolean mayAct() {
    return caller.role() == Role.OFFICE;
  }

  /** The region the pages start from: the office's division, or {@code defaultRegion}. */
  public String homeRegion(String defaultRegion) {
    return caller.jurisdiction() == null ? defaultRegion : caller.jurisdiction();
  }

  @Override
  public String toString() {
    // Never the token: this record may reach a log line.
    return caller.describe();
  }
}
