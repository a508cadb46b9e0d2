package org.tongchou.hub.workbench.app;

import java.io.Serializable;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;

/**
 * Who is signed in to the workbench: the caller the credential names, and the credential itself.
 * The token stays in the server-side session (never in a cookie or a page): every call the
 * workbench makes presents it again, so a revoked credential stops working at once.
 */
public record OfficeUser(Caller caller, String token) implements Serializable {

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
