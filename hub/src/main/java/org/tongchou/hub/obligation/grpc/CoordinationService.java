package org.tongchou.hub.obligation.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.CallerRoles;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.grpc.RecordedReads;
import org.tongchou.hub.obligation.app.ObligationTexts;
import org.tongchou.hub.obligation.app.ObligationViews;
import org.tongchou.hub.obligation.domain.ConflictRulings;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.person.app.ConflictViews;
import org.tongchou.hub.person.app.DisputeObligation;
import org.tongchou.hub.person.app.PersonCommands;
import org.tongchou.hub.person.app.RuleOnConflict;
import org.tongchou.hub.person.app.RuleOnDispute;
import org.tongchou.hub.person.app.WaiveObligation;
import org.tongchou.hub.person.domain.ConflictOffices;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
import org.tongchou.hub.person.grpc.RecordedFacts;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.policy.app.PolicyCatalog;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.DisputeObligationRequest;
import org.tongchou.proto.v1.ListConflictsRequest;
import org.tongchou.proto.v1.ListConflictsResponse;
import org.tongchou.proto.v1.ListedConflict;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.ResidenceConflict;
import org.tongchou.proto.v1.ResidencePeriod;
import org.tongchou.proto.v1.RuleOnConflictRequest;
import org.tongchou.proto.v1.RuleOnDisputeRequest;
import org.tongchou.proto.v1.WaiveObligationRequest;

/** {@code tongchou.v1.Coordination}: coordination offices' acts on obligations. */
@Component
public class CoordinationService extends CoordinationGrpc.CoordinationImplBase {

  private final ObligationViews views;
  private final ConflictViews conflicts;
  private final PersonCommands persons;
  private final RegionDirectory regions;
  private final RegionScope scope;
  private final PolicyCatalog policies;
  private final ReadModels readModels;
  private final Clock clock;
  private final RecordedReads reads;
  private final ObligationTexts texts;

  CoordinationService(
      ObligationViews views,
      ConflictViews conflicts,
      PersonCommands persons,
      RegionDirectory regions,
      RegionScope scope,
      PolicyCatalog policies,
      ReadModels readModels,
      Clock clock,
      RecordedReads reads,
      ObligationTexts texts) {
    this.reads = reads;
    this.texts = texts;
    this.views = views;
    this.conflicts = conflicts;
    this.scope = scope;
    this.policies = policies;
    this.readModels = readModels;
    this.persons = persons;
    this.regions = regions;
    this.clock = clock;
  }

  @Override
  public void waiveObligation(WaiveObligationRequest request, StreamObserver<Obligation> response) {
    Caller caller = CallerInterceptor.current();
    // An attempt outside the caller's rights is on the access log (docs/ACCESS.md).
    reads.act(
        caller,
        "Coordination.WaiveObligation",
        request.getObligationId(),
        () -> {
          waiveObligation(caller, request, response);
          return null;
        });
  }

  private void waiveObligation(
      Caller caller, WaiveObligationRequest request, StreamObserver<Obligation> response) {
    CallerRoles.officeOnly(caller, "waive obligations");
    String reason = Reasons.of(request.getReason());
    ObligationRow row =
        views
            .find(request.getObligationId())
            .orElseThrow(() -> notFound(request.getObligationId()));
    if (!scope.mayRead(caller, row.responsible())) {
      throw RegionScope.outsideJurisdiction(
          caller,
          "obligation_id",
          "its responsible region " + row.responsible(),
          "binds " + row.responsible() + ", outside your jurisdiction");
    }
    answer(
        persons.send(
            new WaiveObligation(
                row.personKey(),
                row.obligationId(),
                caller.officeCode(),
                reason,
                clock.instant().truncatedTo(ChronoUnit.MILLIS))),
        row,
        response);
  }

  @Override
  public void disputeObligation(
      DisputeObligationRequest request, StreamObserver<Obligation> response) {
    Caller caller = CallerInterceptor.current();
    if (caller.role() != Role.REGION) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.PERMISSION_DENIED,
              caller.describe() + " may not dispute obligations; the responsible region does",
              "REGION_ONLY",
              Map.of("role", caller.role().name())));
    }
    String reason = Reasons.of(request.getReason());
    ObligationRow row =
        views
            .find(request.getObligationId())
            .orElseThrow(() -> notFound(request.getObligationId()));
    answer(
        persons.send(
            new DisputeObligation(
                row.personKey(),
                row.obligationId(),
                caller.jurisdiction(),
                reason,
                clock.instant().truncatedTo(ChronoUnit.MILLIS))),
        row,
        response);
  }

  @Override
  public void ruleOnDispute(RuleOnDisputeRequest request, StreamObserver<Obligation> response) {
    Caller caller = CallerInterceptor.current();
    // An attempt outside the caller's rights is on the access log (docs/ACCESS.md).
    reads.act(
        caller,
        "Coordination.RuleOnDispute",
        request.getObligationId(),
        () -> {
          ruleOnDispute(caller, request, response);
          return null;
        });
  }

  private void ruleOnDispute(
      Caller caller, RuleOnDisputeRequest request, StreamObserver<Obligation> response) {
    CallerRoles.officeOnly(caller, "rule on disputes");
    String reason = Reasons.of(request.getReason());
    ObligationRow row =
        views
            .find(request.getObligationId())
            .orElseThrow(() -> notFound(request.getObligationId()));
    answer(
        persons.send(
            new RuleOnDispute(
                row.personKey(),
                row.obligationId(),
                request.getUpheld(),
                request.getUpheld() ? request.getAssignTo() : null,
                caller.officeCode(),
                caller.jurisdiction(),
                reason,
                clock.instant().truncatedTo(ChronoUnit.MILLIS))),
        row,
        response);
  }

  /**
   * A refusal as its status; else the obligation as the read model will hold it once it has caught
   * up.
   */
  private void answer(Decision decision, ObligationRow row, StreamObserver<Obligation> response) {
    if (decision instanceof Decision.Refused refused) {
      throw GrpcErrors.exception(
          GrpcErrors.of(
              refused.refusal(),
              "obligation " + row.obligationId(),
              Map.of("obligationId", row.obligationId())));
    }
    readModels.awaitCurrent(Duration.ofSeconds(10));
    response.onNext(
        ObligationMapper.toProto(texts.reveal(views.find(row.obligationId()).orElse(row))));
    response.onCompleted();
  }

  @Override
  public void ruleOnConflict(
      RuleOnConflictRequest request, StreamObserver<ResidenceConflict> response) {
    Caller caller = CallerInterceptor.current();
    // An attempt outside the caller's rights is on the access log (docs/ACCESS.md).
    reads.act(
        caller,
        "Coordination.RuleOnConflict",
        request.getPersonKey() + "/" + request.getConflictId(),
        () -> {
          ruleOnConflict(caller, request, response);
          return null;
        });
  }

  private void ruleOnConflict(
      Caller caller, RuleOnConflictRequest request, StreamObserver<ResidenceConflict> response) {
    CallerRoles.officeOnly(caller, "rule on conflicts");
    String reason = Reasons.of(request.getReason());
    if (request.getPersonKey().isEmpty() || request.getConflictId().isEmpty()) {
      throw RegionScope.invalid(
          request.getPersonKey().isEmpty() ? "person_key" : "conflict_id", "required");
    }
    Decision decision;
    try {
      decision =
          persons.send(
              new RuleOnConflict(
                  request.getPersonKey(),
                  request.getConflictId(),
                  request.getResidenceRegion(),
                  caller.officeCode(),
                  caller.jurisdiction(),
                  reason,
                  clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    } catch (AggregateNotFoundException e) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.NOT_FOUND,
              "no person " + request.getPersonKey(),
              "PERSON_NOT_FOUND",
              Map.of("personKey", request.getPersonKey())));
    }
    if (decision instanceof Decision.Refused refused) {
      throw GrpcErrors.exception(
          GrpcErrors.of(
              refused.refusal(),
              "conflict " + request.getConflictId(),
              Map.of("conflictId", request.getConflictId())));
    }
    ResidenceConflictRuled ruled =
        (ResidenceConflictRuled) ((Decision.Accepted) decision).events().get(0);
    // The ruling as the feed names it; this answer has never carried the event's place in the log.
    response.onNext(
        RecordedFacts.closed(
            ruled.conflictId(),
            ruled.existingRegion(),
            ruled.claimedRegion(),
            "ruled",
            ruled.residenceRegion(),
            0,
            regions));
    response.onCompleted();
  }

  @Override
  public void listConflicts(
      ListConflictsRequest request, StreamObserver<ListConflictsResponse> response) {
    Caller caller = CallerInterceptor.current();
    // Person keys: personal data, in the access log under the list's scope.
    response.onNext(
        reads.answer(
            caller,
            "Coordination.ListConflicts",
            "",
            subjects -> {
              subjects.add("conflicts:" + request.getRegion() + "/" + request.getStatus());
              return conflictsOf(caller, request);
            }));
    response.onCompleted();
  }

  private ListConflictsResponse conflictsOf(Caller caller, ListConflictsRequest request) {
    String region = scope.check(caller, request.getRegion(), "region");
    String status = request.getStatus().isEmpty() ? null : request.getStatus();
    if (status != null && !Set.of("open", "ruled", "final", "withdrawn").contains(status)) {
      throw RegionScope.invalid("status", "open, ruled, final, withdrawn or empty");
    }
    if (request.getCatchUp()) {
      readModels.awaitCurrent(Duration.ofSeconds(10));
    }
    ListConflictsResponse.Builder answer = ListConflictsResponse.newBuilder();
    PolicyBook book = policies.book();
    for (ConflictViews.Row row : conflicts.involving(region, status)) {
      String finalOn =
          row.status().equals("open")
              ? ConflictRulings.finalOn(row.recordedOn(), row.existingRegion(), book, regions)
                  .toString()
              : "";
      answer.addConflicts(
          ListedConflict.newBuilder()
              .setPersonKey(row.personKey())
              .setFinalOn(finalOn)
              .setConflict(
                  ResidenceConflict.newBuilder()
                      .setConflictId(row.conflictId())
                      .setExisting(
                          ResidencePeriod.newBuilder()
                              .setRegion(row.existingRegion())
                              .setFrom(row.existingFrom().toString())
                              .setUntil(
                                  row.existingUntil() == null
                                      ? ""
                                      : row.existingUntil().toString()))
                      .setClaimed(
                          ResidencePeriod.newBuilder()
                              .setRegion(row.claimedRegion())
                              .setFrom(row.claimedFrom().toString()))
                      .setOverlapFrom(row.overlapFrom().toString())
                      .setProvisionalRegion(row.provisionalRegion())
                      .setPosition(row.position())
                      .setEscalatedTo(
                          ConflictOffices.escalatedTo(
                              row.existingRegion(), row.claimedRegion(), regions))
                      .setStatus(row.status())
                      .setResidenceRegion(
                          row.residenceRegion() == null ? "" : row.residenceRegion())));
    }
    return answer.build();
  }

  private static RuntimeException notFound(String id) {
    return GrpcErrors.exception(
        GrpcErrors.status(
            Status.Code.NOT_FOUND,
            "no obligation " + id,
            "OBLIGATION_NOT_FOUND",
            Map.of("obligationId", id)));
  }
}
