package org.tongchou.hub.history.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.CallerRoles;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.grpc.RecordedReads;
import org.tongchou.hub.history.app.AuditHistories;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.app.PersonLinks;
import org.tongchou.hub.person.grpc.IdNumberField;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.sync.app.ReceiptSignatures;
import org.tongchou.proto.v1.GetPersonHistoryRequest;
import org.tongchou.proto.v1.HistoryGrpc;
import org.tongchou.proto.v1.PersonHistoryAnswer;

/**
 * {@code tongchou.v1.History}: a person's history on both time axes, for auditors; every call
 * logged.
 */
@Component
public class HistoryService extends HistoryGrpc.HistoryImplBase {

  private final AuditHistories histories;
  private final PersonIndex keys;
  private final PersonLinks links;
  private final RecordedReads reads;
  private final RegionDirectory regions;
  private final Clock clock;
  private final ReceiptSignatures signatures;

  HistoryService(
      AuditHistories histories,
      PersonIndex keys,
      PersonLinks links,
      RecordedReads reads,
      RegionDirectory regions,
      Clock clock,
      ReceiptSignatures signatures) {
    this.histories = histories;
    this.signatures = signatures;
    this.keys = keys;
    this.links = links;
    this.reads = reads;
    this.regions = regions;
    this.clock = clock;
  }

  @Override
  public void getPersonHistory(
      GetPersonHistoryRequest request, StreamObserver<PersonHistoryAnswer> response) {
    Caller caller = CallerInterceptor.current();
    PersonHistoryAnswer answer =
        reads.answer(
            caller,
            "History.GetPersonHistory",
            request.getPurpose(),
            subjects -> {
              String key = personKey(request);
              subjects.add(key);
              CallerRoles.auditorOnly(caller, "read bitemporal histories");
              Instant knownAt =
                  request.hasKnownAt() ? ProtoTime.instant(request.getKnownAt()) : clock.instant();
              LocalDate from = date(request.getOccurredFrom(), "occurred_from");
              LocalDate to = date(request.getOccurredTo(), "occurred_to");
              if (from != null && to != null && to.isBefore(from)) {
                throw RegionScope.invalid("occurred_to", "must not be before occurred_from");
              }
              return histories
                  .of(key, knownAt, from, to)
                  .map(
                      known ->
                          HistoryMapper.toProto(
                              key, knownAt, known, regions, signatures.ofPerson(key)))
                  .orElseThrow(
                      () ->
                          GrpcErrors.exception(
                              GrpcErrors.status(
                                  Status.Code.NOT_FOUND,
                                  "the hub has no person with that "
                                      + (request.getPersonKey().isEmpty()
                                          ? "ID number"
                                          : "person key"),
                                  "PERSON_NOT_FOUND",
                                  Map.of())));
            });
    response.onNext(answer);
    response.onCompleted();
  }

  /** The key asked for, by ID number (a linked number reads as its primary) or directly. */
  private String personKey(GetPersonHistoryRequest request) {
    boolean byNumber = !request.getIdNumber().isEmpty();
    if (byNumber == !request.getPersonKey().isEmpty()) {
      throw RegionScope.invalid("id_number", "give exactly one of id_number and person_key");
    }
    return byNumber
        ? links.recordedUnder(
            keys.keyOf(IdNumberField.parse(request.getIdNumber(), "id_number").number()))
        : request.getPersonKey();
  }

  private static LocalDate date(String text, String field) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw RegionScope.invalid(field, "an ISO date (YYYY-MM-DD), not '" + text + "'");
    }
  }
}
