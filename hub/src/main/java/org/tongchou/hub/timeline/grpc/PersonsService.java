package org.tongchou.hub.timeline.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.accesslog.grpc.RecordedReads;
import org.tongchou.hub.entitlement.domain.View;
import org.tongchou.hub.erasure.app.PersonalTexts;
import org.tongchou.hub.person.app.IdentityStore;
import org.tongchou.hub.person.app.PersonHistory;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.app.PersonLinks;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.grpc.IdNumberField;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.sync.app.ReceiptSignatures;
import org.tongchou.proto.v1.GetTimelineRequest;
import org.tongchou.proto.v1.PersonsGrpc;
import org.tongchou.proto.v1.Timeline;

/**
 * {@code Persons.GetTimeline}: one person's history, for a region entitled to it; every read is in
 * the access log.
 */
@Component
public class PersonsService extends PersonsGrpc.PersonsImplBase {

  private final PersonIndex keys;
  private final PersonHistory history;
  private final IdentityStore identities;
  private final PersonAccess access;
  private final PersonLinks links;
  private final RecordedReads reads;
  private final PersonalTexts texts;
  private final ReceiptSignatures signatures;
  private final Clock clock;

  PersonsService(
      PersonIndex keys,
      PersonHistory history,
      IdentityStore identities,
      PersonAccess access,
      PersonLinks links,
      RecordedReads reads,
      PersonalTexts texts,
      ReceiptSignatures signatures,
      Clock clock) {
    this.reads = reads;
    this.signatures = signatures;
    this.texts = texts;
    this.links = links;
    this.keys = keys;
    this.history = history;
    this.identities = identities;
    this.access = access;
    this.clock = clock;
  }

  @Override
  public void getTimeline(GetTimelineRequest request, StreamObserver<Timeline> response) {
    Caller caller = CallerInterceptor.current();
    // In the access log before it is answered; a refusal is logged as refused.
    Timeline timeline =
        reads.answer(
            caller,
            "Persons.GetTimeline",
            request.getPurpose(),
            subjects -> {
              IdNumber.Parsed parsed = IdNumberField.parse(request.getIdNumber(), "id_number");
              // A linked number reads as the person it is linked into.
              String key = links.recordedUnder(keys.keyOf(parsed.number()));
              subjects.add(key);
              var events = history.eventsOf(key);
              var identity = identities.find(key);
              PersonState state = new PersonState();
              events.forEach(located -> state.evolve(located.event()));
              View view = access.viewOf(caller.asReader(clock.instant()), state);
              if (events.isEmpty() || identity.isEmpty() || !view.readsPerson()) {
                // Unknown and not-yours look the same, so that nobody can probe who is recorded.
                throw GrpcErrors.exception(
                    GrpcErrors.status(
                        Status.Code.NOT_FOUND,
                        "no person with that ID number that " + caller.describe() + " may read",
                        "PERSON_NOT_FOUND",
                        Map.of("caller", caller.describe())));
              }
              // Only what the caller may see; personal texts are sealed in the store: opened for
              // the entitled caller, or shown as erased.
              var shown =
                  events.stream()
                      .filter(l -> view.sees(l.event().facet()))
                      .map(
                          l ->
                              new PersonHistory.Located(
                                  texts.reveal(l.event()).disclosedTo(view),
                                  l.eventId(),
                                  l.position(),
                                  l.logPosition()))
                      .toList();
              return TimelineMapper.toProto(
                  identity.get(), shown, state, access, view, signatures.ofPerson(key));
            });
    response.onNext(timeline);
    response.onCompleted();
  }
}
