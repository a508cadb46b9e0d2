package org.tongchou.hub.person.grpc;

import java.util.Locale;
import org.tongchou.hub.person.domain.ConflictOffices;
import org.tongchou.hub.person.domain.ConflictRecord;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.ReceiptSignature;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.residence.domain.ResidenceClaim;
import org.tongchou.hub.residence.domain.ResidenceConflict;
import org.tongchou.proto.v1.RecordedFact;
import org.tongchou.proto.v1.ResidencePeriod;

/** Recorded events onto the wire, the same way for timelines and feeds. */
public final class RecordedFacts {

  private RecordedFacts() {}

  public static RecordedFact toProto(
      FactRecorded f, String eventId, long position, String correctedBy) {
    return toProto(f, eventId, position, correctedBy, null);
  }

  /**
   * @param signature the signature Submit gave the fact's receipt; null to show the receipt without
   *     it
   */
  public static RecordedFact toProto(
      FactRecorded f,
      String eventId,
      long position,
      String correctedBy,
      ReceiptSignature signature) {
    return RecordedFact.newBuilder()
        .setFact(
            FactWriter.toProto(
                f.recordId(), f.region(), f.occurredOn(), f.registrationRegion(), f.data()))
        .setReceipt(ReceiptMapper.of(f, eventId, position, signature))
        .setCorrectedBy(correctedBy == null ? "" : correctedBy)
        .build();
  }

  /**
   * A conflict as recorded, with where it stands ({@code status}: open, ruled, final, withdrawn)
   * and whose the contested days are.
   */
  public static org.tongchou.proto.v1.ResidenceConflict toProto(
      ResidenceConflict conflict,
      long position,
      String status,
      String residenceRegion,
      RegionDirectory regions) {
    return org.tongchou.proto.v1.ResidenceConflict.newBuilder()
        .setExisting(period(conflict.existing()))
        .setClaimed(period(conflict.claimed()))
        .setOverlapFrom(conflict.overlapFrom().toString())
        .setProvisionalRegion(conflict.provisionalRegion())
        .setPosition(position)
        .setConflictId(conflict.id())
        .setEscalatedTo(ConflictOffices.escalatedTo(conflict, regions))
        .setStatus(status)
        .setResidenceRegion(residenceRegion == null ? "" : residenceRegion)
        .build();
  }

  /**
   * A conflict as a ruling or an end leaves it: its id, its two regions and where it stands. Its
   * periods are not repeated; they are in the conflict as recorded. {@code position} is the event's
   * place in the log, or 0 where the answer has none (0 is proto3's default: not sent).
   */
  public static org.tongchou.proto.v1.ResidenceConflict closed(
      String id,
      String existing,
      String claimed,
      String status,
      String residenceRegion,
      long position,
      RegionDirectory regions) {
    return org.tongchou.proto.v1.ResidenceConflict.newBuilder()
        .setConflictId(id)
        .setExisting(ResidencePeriod.newBuilder().setRegion(existing))
        .setClaimed(ResidencePeriod.newBuilder().setRegion(claimed))
        .setEscalatedTo(ConflictOffices.escalatedTo(existing, claimed, regions))
        .setStatus(status)
        .setResidenceRegion(residenceRegion == null ? "" : residenceRegion)
        .setPosition(position)
        .build();
  }

  /** Where a conflict stands, as the wire names it. */
  public static String status(ConflictRecord.Status status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  public static ResidencePeriod period(ResidenceClaim claim) {
    return ResidencePeriod.newBuilder()
        .setRegion(claim.region())
        .setFrom(claim.from().toString())
        .setUntil(claim.until() == null ? "" : claim.until().toString())
        .setArrivalRecordId(claim.arrivalRecordId())
        .setEndReason(claim.endReason() == null ? "" : claim.endReason())
        .build();
  }
}
