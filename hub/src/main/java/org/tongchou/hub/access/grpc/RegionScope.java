package org.tongchou.hub.access.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.entitlement.domain.Disclosure;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * Checks a region a caller asks about: it must be a known division, and lie within the caller's
 * jurisdiction (an auditor's is everything).
 */
@Component
public class RegionScope {

  private final RegionDirectory regions;
  private final Disclosure disclosure;

  RegionScope(RegionDirectory regions) {
    this.regions = regions;
    this.disclosure = new Disclosure(regions);
  }

  /** The region, or an INVALID_ARGUMENT / PERMISSION_DENIED naming {@code field}. */
  public String check(Caller caller, String region, String field) {
    if (!regions.isKnown(region)) {
      throw invalid(
          field, "'" + region + "' is not a division code (6 digits of the division table)");
    }
    if (!caller.seesEverything() && !regions.isWithin(region, caller.jurisdiction())) {
      throw outsideJurisdiction(caller, field, region, region + " lies outside your jurisdiction");
    }
    return region;
  }

  /** The region if it is a known division, else INVALID_ARGUMENT naming {@code field}. */
  public String checkKnown(String region, String field) {
    if (!regions.isKnown(region)) {
      throw invalid(
          field, "'" + region + "' is not a division code (6 digits of the division table)");
    }
    return region;
  }

  /**
   * Whether the caller may see something that binds these regions: the need-to-know rule's party
   * clause (docs/ACCESS.md), for obligations, conflicts and their lists.
   */
  public boolean mayRead(Caller caller, String... parties) {
    return disclosure.isPartyTo(
        caller.asReader(java.time.Instant.EPOCH), java.util.Arrays.asList(parties));
  }

  /**
   * PERMISSION_DENIED: {@code what} (a region, or what binds one) lies outside the caller's
   * jurisdiction; {@code violation} tells the caller what is wrong with {@code field}.
   */
  public static StatusRuntimeException outsideJurisdiction(
      Caller caller, String field, String what, String violation) {
    return GrpcErrors.exception(
        GrpcErrors.status(
            Status.Code.PERMISSION_DENIED,
            field + ": " + what + " lies outside the jurisdiction of " + caller.describe(),
            "OUTSIDE_JURISDICTION",
            Map.of("caller", caller.describe()),
            List.of(new FieldViolation(field, violation))));
  }

  /** A bad request field, refused with the ErrorInfo reason {@code INVALID_REQUEST}. */
  public static StatusRuntimeException invalid(String field, String description) {
    return GrpcErrors.invalid("INVALID_REQUEST", field, description);
  }
}
