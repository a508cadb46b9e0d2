package org.tongchou.hub.access.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.person.domain.fact.FieldViolation;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * Checks a region a caller asks about: it must be a known division, and lie within the caller's
 * jurisdiction (an auditor's is everything).
 */
@Component
public class RegionScope {

    private final RegionDirectory regions;

    RegionScope(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The region, or an INVALID_ARGUMENT / PERMISSION_DENIED naming {@code field}. */
    public String check(Caller caller, String region, String field) {
        if (!regions.isKnown(region)) {
            throw invalid(field, "'" + region + "' is not a division code (6 digits of the division table)");
        }
        if (!caller.seesEverything() && !regions.isWithin(region, caller.jurisdiction())) {
            throw GrpcErrors.exception(GrpcErrors.status(Status.Code.PERMISSION_DENIED,
                    field + ": " + region + " lies outside the jurisdiction of " + caller.describe(),
                    "OUTSIDE_JURISDICTION", Map.of("caller", caller.describe()),
                    List.of(new FieldViolation(field, region + " lies outside your jurisdiction"))));
        }
        return region;
    }

    /** Whether the caller may see something that binds these regions. */
    public boolean mayRead(Caller caller, String... parties) {
        if (caller.seesEverything()) {
            return true;
        }
        for (String party : parties) {
            if (party != null && regions.isWithin(party, caller.jurisdiction())) {
                return true;
            }
        }
        return false;
    }

    public static StatusRuntimeException invalid(String field, String description) {
        return GrpcErrors.exception(GrpcErrors.status(Status.Code.INVALID_ARGUMENT, field + ": " + description,
                "INVALID_REQUEST", Map.of(), List.of(new FieldViolation(field, description))));
    }
}
