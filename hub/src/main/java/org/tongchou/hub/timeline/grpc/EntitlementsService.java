package org.tongchou.hub.timeline.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.app.AccessLog;
import org.tongchou.hub.accesslog.domain.Suspicions;
import org.tongchou.hub.entitlement.domain.Relationship;
import org.tongchou.hub.obligation.grpc.Reasons;
import org.tongchou.hub.person.app.ActOnAccess;
import org.tongchou.hub.person.app.PersonCommands;
import org.tongchou.hub.person.app.PersonHistory;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.app.PersonLinks;
import org.tongchou.hub.person.domain.AccessAct;
import org.tongchou.hub.person.domain.ArrivalContested;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.person.domain.PersonKeys;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.grpc.IdNumberField;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.proto.v1.ConfirmArrivalRequest;
import org.tongchou.proto.v1.ConfirmArrivalResponse;
import org.tongchou.proto.v1.ContestArrivalRequest;
import org.tongchou.proto.v1.ContestArrivalResponse;
import org.tongchou.proto.v1.DecideRegistrationClaimRequest;
import org.tongchou.proto.v1.DecideRegistrationClaimResponse;
import org.tongchou.proto.v1.EntitlementsServiceGrpc;
import org.tongchou.proto.v1.GrantAccessRequest;
import org.tongchou.proto.v1.GrantAccessResponse;
import org.tongchou.proto.v1.PersonSelector;
import org.tongchou.proto.v1.RuleOnContestRequest;
import org.tongchou.proto.v1.RuleOnContestResponse;

/**
 * {@code tongchou.v1.EntitlementsService}: owners' and offices' acts on who may read a person
 * (docs/ACCESS.md). A caller that may not know of the person gets {@code NOT_FOUND}, the same as
 * for a person the hub never saw; the rules of each act are the person's own ({@code
 * EntitlementActs}).
 */
@Component
public class EntitlementsService extends EntitlementsServiceGrpc.EntitlementsServiceImplBase {

  private final PersonIndex keys;
  private final PersonLinks links;
  private final PersonHistory history;
  private final PersonAccess access;
  private final PersonCommands persons;
  private final RegionScope scope;
  private final AccessLog accessLog;
  private final Clock clock;

  EntitlementsService(
      PersonIndex keys,
      PersonLinks links,
      PersonHistory history,
      PersonAccess access,
      PersonCommands persons,
      RegionScope scope,
      AccessLog accessLog,
      Clock clock) {
    this.keys = keys;
    this.links = links;
    this.history = history;
    this.access = access;
    this.persons = persons;
    this.scope = scope;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  @Override
  public void decideRegistrationClaim(
      DecideRegistrationClaimRequest request,
      StreamObserver<DecideRegistrationClaimResponse> response) {
    act(
        request.getPerson(),
        new AccessAct.DecideClaim(required(request.getClaimId(), "claim_id"), request.getConfirm()),
        request.getReason(),
        (key, at, recorded) -> {
          PersonState after = history.stateOf(key).orElseThrow();
          response.onNext(
              DecideRegistrationClaimResponse.newBuilder()
                  .setPersonKey(key)
                  .setOwner(access.ownerOf(after).orElse(""))
                  .setRecordedAt(ProtoTime.of(at))
                  .build());
          response.onCompleted();
        });
  }

  @Override
  public void contestArrival(
      ContestArrivalRequest request, StreamObserver<ContestArrivalResponse> response) {
    String ground =
        switch (request.getGround()) {
          case CONTEST_GROUND_NOT_OUR_PERSON -> ArrivalContested.NOT_OUR_PERSON;
          case CONTEST_GROUND_NOT_THERE -> ArrivalContested.NOT_THERE;
          case CONTEST_GROUND_UNSPECIFIED, UNRECOGNIZED ->
              throw RegionScope.invalid("ground", "NOT_OUR_PERSON or NOT_THERE");
        };
    act(
        request.getPerson(),
        new AccessAct.Contest(required(request.getArrivalKey(), "arrival_key"), ground),
        request.getReason(),
        (key, at, recorded) -> {
          // In the access log, where `audit access-log --suspicious` lists contested arrivals by
          // the division they were reported in (docs/ACCESS.md, "Detection").
          recorded.events().stream()
              .filter(ArrivalContested.class::isInstance)
              .map(ArrivalContested.class::cast)
              .forEach(
                  contested ->
                      accessLog.record(
                          CallerInterceptor.current(),
                          Suspicions.CONTEST,
                          Suspicions.contestSubjects(
                              key, contested.arrivalKey(), contested.region()),
                          contested.ground()));
          response.onNext(
              ContestArrivalResponse.newBuilder()
                  .setPersonKey(key)
                  .setRecordedAt(ProtoTime.of(at))
                  .build());
          response.onCompleted();
        });
  }

  @Override
  public void ruleOnContest(
      RuleOnContestRequest request, StreamObserver<RuleOnContestResponse> response) {
    act(
        request.getPerson(),
        new AccessAct.RuleOnContest(
            required(request.getArrivalKey(), "arrival_key"), request.getUpheld()),
        request.getReason(),
        (key, at, recorded) -> {
          response.onNext(
              RuleOnContestResponse.newBuilder()
                  .setPersonKey(key)
                  .setRecordedAt(ProtoTime.of(at))
                  .build());
          response.onCompleted();
        });
  }

  @Override
  public void confirmArrival(
      ConfirmArrivalRequest request, StreamObserver<ConfirmArrivalResponse> response) {
    act(
        request.getPerson(),
        new AccessAct.ConfirmArrival(required(request.getArrivalKey(), "arrival_key")),
        request.getReason(),
        (key, at, recorded) -> {
          response.onNext(
              ConfirmArrivalResponse.newBuilder()
                  .setPersonKey(key)
                  .setRecordedAt(ProtoTime.of(at))
                  .build());
          response.onCompleted();
        });
  }

  @Override
  public void grantAccess(
      GrantAccessRequest request, StreamObserver<GrantAccessResponse> response) {
    Caller caller = CallerInterceptor.current();
    Relationship kind =
        switch (request.getKind()) {
          case ACCESS_KIND_EMERGENCY -> Relationship.EMERGENCY;
          case ACCESS_KIND_SHARED -> Relationship.SHARED;
          case ACCESS_KIND_UNSPECIFIED, UNRECOGNIZED ->
              throw RegionScope.invalid("kind", "EMERGENCY or SHARED");
        };
    String region = scope.checkKnown(request.getRegion(), "region");
    if (!request.hasUntil()) {
      throw RegionScope.invalid("until", "required: when the access ends by itself");
    }
    act(
        request.getPerson(),
        new AccessAct.Grant(region, kind, ProtoTime.instant(request.getUntil())),
        request.getReason(),
        (key, at, recorded) -> {
          // The grant is in the access log, as a read would be: it opens the person's history.
          accessLog.record(
              caller,
              "EntitlementsService.GrantAccess",
              List.of(key),
              kind.name().toLowerCase(java.util.Locale.ROOT) + " for " + region);
          response.onNext(
              GrantAccessResponse.newBuilder()
                  .setPersonKey(key)
                  .setRecordedAt(ProtoTime.of(at))
                  .build());
          response.onCompleted();
        });
  }

  /** What an act that went through answers: the person, when, and what was recorded. */
  private interface Done {
    void accept(String personKey, Instant at, Decision.Accepted recorded);
  }

  /** Finds the person, checks the caller may know of them, sends the act and answers. */
  private void act(PersonSelector selector, AccessAct act, String reasonText, Done done) {
    Caller caller = CallerInterceptor.current();
    String reason = Reasons.of(reasonText);
    String key = personKey(selector);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    boolean known =
        history
            .stateOf(key)
            .map(state -> access.viewOf(caller.asReader(at), state).readsPerson())
            .orElse(false);
    if (!known) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.NOT_FOUND,
              "no such person that " + caller.describe() + " may know of",
              "PERSON_NOT_FOUND",
              Map.of("caller", caller.describe())));
    }
    Decision decision = persons.send(new ActOnAccess(key, act, caller, reason, at));
    if (decision instanceof Decision.Refused refused) {
      throw GrpcErrors.exception(GrpcErrors.of(refused.refusal(), "person " + key, Map.of()));
    }
    done.accept(key, at, (Decision.Accepted) decision);
  }

  private String personKey(PersonSelector selector) {
    boolean byNumber = !selector.getIdNumber().isEmpty();
    boolean byKey = !selector.getPersonKey().isEmpty();
    if (byNumber == byKey) {
      throw RegionScope.invalid("person", "give one of id_number and person_key");
    }
    if (byKey) {
      if (!PersonKeys.isWellFormed(selector.getPersonKey())) {
        throw RegionScope.invalid("person.person_key", "p and 40 hex digits");
      }
      return links.recordedUnder(selector.getPersonKey());
    }
    return links.recordedUnder(
        keys.keyOf(IdNumberField.parse(selector.getIdNumber(), "person.id_number").number()));
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw RegionScope.invalid(field, "required");
    }
    return value;
  }
}
