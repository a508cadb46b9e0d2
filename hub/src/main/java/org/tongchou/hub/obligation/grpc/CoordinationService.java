package org.tongchou.hub.obligation.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.assessment.app.ObligationViews;
import org.tongchou.hub.assessment.domain.ObligationRow;
import org.tongchou.hub.obligation.app.PersonCommands;
import org.tongchou.hub.person.app.WaiveObligation;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.fact.FieldViolation;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.WaiveObligationRequest;

/** {@code tongchou.v1.Coordination}: coordination offices' acts on obligations. */
@Component
public class CoordinationService extends CoordinationGrpc.CoordinationImplBase {

    static final int MAX_REASON = 500;

    private final ObligationViews views;
    private final PersonCommands persons;
    private final RegionDirectory regions;
    private final Clock clock;

    CoordinationService(ObligationViews views, PersonCommands persons, RegionDirectory regions, Clock clock) {
        this.views = views;
        this.persons = persons;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public void waiveObligation(WaiveObligationRequest request, StreamObserver<Obligation> response) {
        Caller caller = CallerInterceptor.current();
        if (caller.role() != Role.OFFICE) {
            throw GrpcErrors.exception(GrpcErrors.status(Status.Code.PERMISSION_DENIED,
                    caller.describe() + " may not waive obligations; only a coordination office may", "OFFICE_ONLY",
                    Map.of("role", caller.role().name())));
        }
        String reason = request.getReason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON || reason.chars().anyMatch(Character::isISOControl)) {
            throw RegionScope.invalid("reason", "1 to " + MAX_REASON + " characters, no control characters");
        }
        ObligationRow row = views.find(request.getObligationId()).orElseThrow(() -> notFound(request.getObligationId()));
        if (!regions.isWithin(row.responsible(), caller.jurisdiction())) {
            throw GrpcErrors.exception(GrpcErrors.status(Status.Code.PERMISSION_DENIED,
                    "obligation_id: its responsible region " + row.responsible() + " lies outside the jurisdiction of "
                            + caller.describe(), "OUTSIDE_JURISDICTION", Map.of("caller", caller.describe()),
                    List.of(new FieldViolation("obligation_id", "binds " + row.responsible()
                            + ", outside your jurisdiction"))));
        }
        Decision decision = persons.send(new WaiveObligation(row.personKey(), row.obligationId(), caller.jurisdiction(),
                reason, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        if (decision instanceof Decision.Refused refused) {
            throw GrpcErrors.exception(GrpcErrors.of(refused.refusal(), "obligation " + row.obligationId(),
                    Map.of("obligationId", row.obligationId())));
        }
        response.onNext(Obligation.newBuilder()
                .setObligationId(row.obligationId()).setKind(row.kind()).setSubject(row.subject())
                .setSide(ObligationMapper.side(row.side())).setResponsibleRegion(row.responsible())
                .setOwedRegion(row.owed()).setOpensOn(row.opensOn().toString()).setDueOn(row.dueOn().toString())
                .setPolicyVersion(row.policyVersion()).setPersonKey(row.personKey())
                .setStatus(org.tongchou.proto.v1.ObligationStatus.WAIVED).setWaivedBy(caller.jurisdiction())
                .setWaiverReason(reason).build());
        response.onCompleted();
    }

    private static RuntimeException notFound(String id) {
        return GrpcErrors.exception(GrpcErrors.status(Status.Code.NOT_FOUND, "no obligation " + id, "OBLIGATION_NOT_FOUND",
                Map.of("obligationId", id)));
    }
}
