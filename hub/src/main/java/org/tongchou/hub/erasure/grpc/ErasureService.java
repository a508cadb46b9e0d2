package org.tongchou.hub.erasure.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.CallerRoles;
import org.tongchou.hub.erasure.app.PersonErasures;
import org.tongchou.hub.erasure.domain.PersonErased;
import org.tongchou.hub.obligation.grpc.Reasons;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.grpc.IdNumberField;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.proto.v1.ErasePersonRequest;
import org.tongchou.proto.v1.ErasePersonResponse;
import org.tongchou.proto.v1.ErasureGrpc;

/** {@code tongchou.v1.Erasure}: an office erases a person by shredding their data key. */
@Component
class ErasureService extends ErasureGrpc.ErasureImplBase {

  private final PersonIndex keys;
  private final PersonErasures erasures;
  private final Clock clock;

  ErasureService(PersonIndex keys, PersonErasures erasures, Clock clock) {
    this.keys = keys;
    this.erasures = erasures;
    this.clock = clock;
  }

  @Override
  public void erasePerson(
      ErasePersonRequest request, StreamObserver<ErasePersonResponse> response) {
    Caller caller = CallerInterceptor.current();
    CallerRoles.officeOnly(caller, "erase persons");
    String personKey = keys.keyOf(IdNumberField.parse(request.getIdNumber(), "id_number").number());
    String reason = Reasons.of(request.getReason());
    if (!erasures.mayErase(personKey, caller.jurisdiction()).orElse(false)) {
      // Unknown and not-yours look the same, so that nobody can probe who is recorded.
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.NOT_FOUND,
              "id_number: no person with that ID number that " + caller.describe() + " may erase",
              "PERSON_NOT_FOUND",
              Map.of("caller", caller.describe())));
    }
    Decision decision =
        erasures.erase(
            personKey, caller.officeCode(), reason, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    if (decision instanceof Decision.Refused refused) {
      throw GrpcErrors.exception(
          GrpcErrors.of(refused.refusal(), "person " + personKey, Map.of("personKey", personKey)));
    }
    PersonErasures.Erased erased =
        erasures.located((PersonErased) ((Decision.Accepted) decision).events().get(0));
    response.onNext(
        ErasePersonResponse.newBuilder()
            .setPersonKey(personKey)
            .setErasure(ErasureMapper.toProto(erased.event(), erased.position()))
            .build());
    response.onCompleted();
  }
}
