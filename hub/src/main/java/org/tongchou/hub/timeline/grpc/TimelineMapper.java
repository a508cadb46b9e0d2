package org.tongchou.hub.timeline.grpc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.hub.erasure.domain.PersonErased;
import org.tongchou.hub.erasure.grpc.ErasureMapper;
import org.tongchou.hub.person.app.IdentityStore.Identity;
import org.tongchou.hub.person.app.PersonHistory.Located;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.ReceiptSignature;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.grpc.RecordedFacts;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.Timeline;

/** A person's history onto the wire. */
final class TimelineMapper {

  private TimelineMapper() {}

  /**
   * @param signatures the signatures Submit gave the person's receipts, by event id
   */
  static Timeline toProto(
      Identity identity,
      List<Located> events,
      PersonState state,
      RegionDirectory regions,
      Map<String, ReceiptSignature> signatures) {
    Timeline.Builder timeline =
        Timeline.newBuilder()
            .setPersonKey(identity.personKey())
            .setIdNumber(nz(identity.idNumber()))
            .setName(nz(identity.name()))
            .setSex(identity.sex())
            .setBornOn(identity.bornOn().toString())
            .setRegistrationRegion(nz(identity.registrationRegion()));
    Map<String, String> correctedBy = new HashMap<>();
    events.stream()
        .filter(l -> l.event() instanceof FactRecorded f && f.data() instanceof RecordCorrected)
        .map(l -> (FactRecorded) l.event())
        .forEach(
            f ->
                correctedBy.put(
                    PersonState.recordKey(f.region(), ((RecordCorrected) f.data()).corrects()),
                    f.recordId()));
    for (Located located : events) {
      if (located.event() instanceof FactRecorded f) {
        timeline.addFacts(
            RecordedFacts.toProto(
                f,
                located.eventId(),
                located.position(),
                correctedBy.get(PersonState.recordKey(f.region(), f.recordId())),
                signatures.get(located.eventId())));
      } else if (located.event() instanceof PersonErased erased) {
        timeline.setErasure(ErasureMapper.toProto(erased, located.position()));
      } else if (located.event() instanceof ResidenceConflictRecorded c) {
        var record = state.conflict(c.conflict().id()).orElseThrow();
        timeline.addConflicts(
            RecordedFacts.toProto(
                c.conflict(),
                located.position(),
                RecordedFacts.status(record.status()),
                record.residenceRegion(),
                regions));
      }
    }
    state.timeline().claims().forEach(claim -> timeline.addResidences(RecordedFacts.period(claim)));
    return timeline.build();
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
