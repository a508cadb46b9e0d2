package org.tongchou.hub.access.grpc;

import io.grpc.Status;
import java.util.Map;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.grpc.GrpcErrors;

/** Refuses a caller whose role may not make a request, before the request is looked at. */
public final class CallerRoles {

  private CallerRoles() {}

  /**
   * PERMISSION_DENIED ({@code OFFICE_ONLY}) unless a coordination office calls; {@code what} it may
   * not do.
   */
  public static void officeOnly(Caller caller, String what) {
    if (caller.role() != Role.OFFICE) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.PERMISSION_DENIED,
              caller.describe() + " may not " + what + "; only a coordination office may",
              "OFFICE_ONLY",
              Map.of("role", caller.role().name())));
    }
  }

  /**
   * PERMISSION_DENIED ({@code AUDITOR_ONLY}) unless an auditor calls; {@code what} it may not do.
   */
  public static void auditorOnly(Caller caller, String what) {
    if (caller.role() != Role.AUDITOR) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.PERMISSION_DENIED,
              caller.describe() + " may not " + what + "; only an auditor may",
              "AUDITOR_ONLY",
              Map.of("role", caller.role().name())));
    }
  }

  /**
   * PERMISSION_DENIED ({@code NATIONAL_OFFICE_ONLY}) unless the national office calls; {@code what}
   * it may not do.
   */
  public static void nationalOfficeOnly(Caller caller, String what) {
    if (!caller.isNationalOffice()) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.PERMISSION_DENIED,
              caller.describe() + " may not " + what + "; only the national office may",
              "NATIONAL_OFFICE_ONLY",
              Map.of("role", caller.role().name())));
    }
  }
}
