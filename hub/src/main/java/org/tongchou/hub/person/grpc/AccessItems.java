package org.tongchou.hub.person.grpc;

import java.util.Locale;
import org.tongchou.hub.entitlement.domain.Entitlement;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.person.domain.ArrivalContestRuled;
import org.tongchou.hub.person.domain.ArrivalContested;
import org.tongchou.hub.person.domain.EntitlementsChanged;
import org.tongchou.hub.person.domain.IdentityMismatchRecorded;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.RegistrationClaimDecided;
import org.tongchou.hub.person.domain.RegistrationClaimed;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.proto.v1.FeedAccess;
import org.tongchou.proto.v1.RegistrationClaim;

/** Who may read a person, onto the wire: the feed's access items and a timeline's entitlements. */
public final class AccessItems {

  private AccessItems() {}

  /** The feed item of an EntitlementsChanged event. */
  public static FeedAccess of(EntitlementsChanged changed) {
    FeedAccess.Builder item = FeedAccess.newBuilder().setPersonKey(changed.personKey());
    item.setChange("entitlements").setCause(nz(changed.cause()));
    changed.changes().forEach(c -> item.addEntitlements(toProto(c)));
    return item.build();
  }

  /** The feed item of an IdentityMismatchRecorded event. */
  public static FeedAccess of(IdentityMismatchRecorded mismatch) {
    FeedAccess.Builder item = FeedAccess.newBuilder().setPersonKey(mismatch.personKey());
    item.setChange("identity-mismatch")
        .setArrivalKey(mismatch.arrivalKey())
        .setRegion(mismatch.region())
        .setBy(EntitlementChange.HUB);
    return item.build();
  }

  /** The feed item of a RegistrationClaimed event. */
  public static FeedAccess of(RegistrationClaimed claimed) {
    FeedAccess.Builder item = FeedAccess.newBuilder().setPersonKey(claimed.personKey());
    item.setChange("registration-claimed")
        .setClaim(
            claim(
                claimed.claimId(),
                claimed.claimedRegion(),
                claimed.claimedBy(),
                claimed.effectiveOn().toString(),
                "open"))
        .setBy(claimed.claimedBy());
    return item.build();
  }

  /** The feed item of a RegistrationClaimDecided event. */
  public static FeedAccess of(RegistrationClaimDecided decided) {
    FeedAccess.Builder item = FeedAccess.newBuilder().setPersonKey(decided.personKey());
    String status = decided.confirmed() ? "confirmed" : "rejected";
    item.setChange("registration-" + status)
        .setClaim(
            claim(decided.claimId(), decided.claimedRegion(), decided.claimedBy(), "", status))
        .setBy(decided.by())
        .setReason(nz(decided.reason()));
    return item.build();
  }

  /** The feed item of an ArrivalContested event. */
  public static FeedAccess of(ArrivalContested contested) {
    FeedAccess.Builder item = FeedAccess.newBuilder().setPersonKey(contested.personKey());
    item.setChange("arrival-contested")
        .setArrivalKey(contested.arrivalKey())
        .setRegion(contested.region())
        .setGround(contested.ground())
        .setBy(contested.by())
        .setReason(nz(contested.reason()));
    return item.build();
  }

  /** The feed item of an ArrivalContestRuled event. */
  public static FeedAccess of(ArrivalContestRuled ruled) {
    FeedAccess.Builder item = FeedAccess.newBuilder().setPersonKey(ruled.personKey());
    item.setChange(ruled.upheld() ? "contest-upheld" : "contest-rejected")
        .setArrivalKey(ruled.arrivalKey())
        .setRegion(ruled.region())
        .setBy(ruled.office())
        .setReason(nz(ruled.reason()));
    return item.build();
  }

  public static org.tongchou.proto.v1.EntitlementChange toProto(EntitlementChange change) {
    var wire =
        org.tongchou.proto.v1.EntitlementChange.newBuilder()
            .setKind(lower(change.kind().name()))
            .setRegion(change.region())
            .setRelationship(lower(change.relationship().name()))
            .setBasis(nz(change.basis()))
            .setBy(nz(change.by()))
            .setReason(nz(change.reason()))
            .setFrom(change.from() == null ? "" : change.from().toString());
    if (change.until() != null) {
      wire.setUntil(ProtoTime.of(change.until()));
    }
    return wire.build();
  }

  public static org.tongchou.proto.v1.Entitlement toProto(Entitlement e) {
    var wire =
        org.tongchou.proto.v1.Entitlement.newBuilder()
            .setRegion(e.region())
            .setRelationship(lower(e.relationship().name()))
            .setBasis(nz(e.basis()))
            .setGrantedBy(nz(e.grantedBy()))
            .setFrom(e.from() == null ? "" : e.from().toString())
            .setGrantedAt(ProtoTime.of(e.grantedAt()))
            .setSuspended(e.suspended());
    if (e.endedAt() != null) {
      wire.setEndedAt(ProtoTime.of(e.endedAt()));
    }
    if (e.until() != null) {
      wire.setUntil(ProtoTime.of(e.until()));
    }
    return wire.build();
  }

  public static RegistrationClaim toProto(PersonState.RegistrationClaim c) {
    return claim(
        c.claimId(),
        c.claimedRegion(),
        c.claimedBy(),
        c.effectiveOn() == null ? "" : c.effectiveOn().toString(),
        c.isOpen() ? "open" : c.confirmed() ? "confirmed" : "rejected");
  }

  private static RegistrationClaim claim(
      String id, String region, String by, String effectiveOn, String status) {
    return RegistrationClaim.newBuilder()
        .setClaimId(id)
        .setClaimedRegion(region)
        .setClaimedBy(by)
        .setEffectiveOn(effectiveOn)
        .setStatus(status)
        .build();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
