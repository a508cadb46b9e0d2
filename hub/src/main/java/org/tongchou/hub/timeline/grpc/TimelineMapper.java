package org.tongchou.hub.timeline.grpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.hub.entitlement.domain.View;
import org.tongchou.hub.erasure.grpc.ErasureMapper;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.PersonStreamVisitor;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.person.app.IdentityStore.Identity;
import org.tongchou.hub.person.app.PersonHistory.Located;
import org.tongchou.hub.person.domain.ArrivalContestRuled;
import org.tongchou.hub.person.domain.ArrivalContested;
import org.tongchou.hub.person.domain.EntitlementsChanged;
import org.tongchou.hub.person.domain.Erasure;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkApproved;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityMismatchRecorded;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.ReceiptSignature;
import org.tongchou.hub.person.domain.RegistrationClaimDecided;
import org.tongchou.hub.person.domain.RegistrationClaimed;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.grpc.AccessItems;
import org.tongchou.hub.person.grpc.ReceiptMapper;
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
      PersonAccess access,
      View view,
      Map<String, ReceiptSignature> signatures) {
    RegionDirectory regions = access.regions();
    boolean withheld = !view.seesIdentity();
    Timeline.Builder timeline =
        Timeline.newBuilder()
            .setPersonKey(identity.personKey())
            .setIdNumber(nz(identity.idNumber()))
            .setName(withheld ? "" : nz(identity.name()))
            .setSex(identity.sex())
            .setBornOn(identity.bornOn().toString())
            .setRegistrationRegion(
                withheld ? "" : access.ownerOf(state).orElse(nz(identity.registrationRegion())))
            .setIdentityWithheld(withheld);
    view.relationships()
        .forEach(r -> timeline.addRelationships(r.name().toLowerCase(java.util.Locale.ROOT)));
    access.entitlementsOf(state).stream()
        .filter(e -> view.seesAll() || view.isPartyTo(List.of(e.region())))
        .forEach(e -> timeline.addEntitlements(AccessItems.toProto(e)));
    state.claims().stream()
        .filter(c -> view.seesAll() || view.isPartyTo(List.of(c.claimedRegion(), c.claimedBy())))
        .forEach(c -> timeline.addClaims(AccessItems.toProto(c)));
    Shown shown = new Shown(timeline, state, regions);
    for (Located located : events) {
      shown.at = located;
      located.event().accept(shown);
    }
    for (Shown.Fact fact : shown.facts) {
      Located located = fact.located();
      FactRecorded f = fact.event();
      timeline.addFacts(
          ReceiptMapper.atLogPosition(
              RecordedFacts.toProto(
                  f,
                  located.eventId(),
                  located.position(),
                  shown.correctedBy.get(PersonState.recordKey(f.region(), f.recordId())),
                  signatures.get(located.eventId())),
              located.logPosition()));
    }
    state.timeline().claims().stream()
        .filter(claim -> view.seesAll() || view.isPartyTo(List.of(claim.region())))
        .forEach(claim -> timeline.addResidences(RecordedFacts.period(claim)));
    return timeline.build();
  }

  /**
   * What the timeline shows of each kind of event: facts (written once every correction is known,
   * since a correction comes after the record it corrects), the erasure and residence conflicts. A
   * new kind fails to compile here until it says whether the timeline shows it.
   */
  private static final class Shown implements PersonStreamVisitor<Void> {

    private final Timeline.Builder timeline;
    private final PersonState state;
    private final RegionDirectory regions;

    private record Fact(Located located, FactRecorded event) {}

    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, String> correctedBy = new HashMap<>();
    private Located at;

    Shown(Timeline.Builder timeline, PersonState state, RegionDirectory regions) {
      this.timeline = timeline;
      this.state = state;
      this.regions = regions;
    }

    @Override
    public Void factRecorded(FactRecorded f) {
      facts.add(new Fact(at, f));
      if (f.data() instanceof RecordCorrected correction) {
        correctedBy.put(PersonState.recordKey(f.region(), correction.corrects()), f.recordId());
      }
      return null;
    }

    @Override
    public Void erased(Erasure erased) {
      timeline.setErasure(ErasureMapper.toProto(erased, at.position()));
      return null;
    }

    @Override
    public Void residenceConflictRecorded(ResidenceConflictRecorded c) {
      var record = state.conflict(c.conflict().id()).orElseThrow();
      timeline.addConflicts(
          RecordedFacts.toProto(
              c.conflict(),
              at.position(),
              RecordedFacts.status(record.status()),
              record.residenceRegion(),
              regions));
      return null;
    }

    /** A conflict's ruling and end show in the conflict's status, read from the state. */
    @Override
    public Void residenceConflictRuled(ResidenceConflictRuled event) {
      return null;
    }

    @Override
    public Void residenceConflictEnded(ResidenceConflictEnded event) {
      return null;
    }

    /** Identity links have their own service (Identities), not a timeline entry. */
    @Override
    public Void identityLinkRequested(IdentityLinkRequested event) {
      return null;
    }

    @Override
    public Void identityLinkApproved(IdentityLinkApproved event) {
      return null;
    }

    @Override
    public Void identityLinked(IdentityLinked event) {
      return null;
    }

    @Override
    public Void identityUnlinked(IdentityUnlinked event) {
      return null;
    }

    @Override
    public Void identityMismatchRecorded(IdentityMismatchRecorded event) {
      return null;
    }

    /** Access shows as the entitlements and claims read from the state, not event by event. */
    @Override
    public Void entitlementsChanged(EntitlementsChanged event) {
      return null;
    }

    @Override
    public Void registrationClaimed(RegistrationClaimed event) {
      return null;
    }

    @Override
    public Void registrationClaimDecided(RegistrationClaimDecided event) {
      return null;
    }

    @Override
    public Void arrivalContested(ArrivalContested event) {
      return null;
    }

    @Override
    public Void arrivalContestRuled(ArrivalContestRuled event) {
      return null;
    }

    /** Obligations are read through Coordination, not the timeline. */
    @Override
    public Void obligationsChanged(ObligationsChanged event) {
      return null;
    }

    @Override
    public Void reevaluationRecorded(ReevaluationRecorded event) {
      return null;
    }
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
