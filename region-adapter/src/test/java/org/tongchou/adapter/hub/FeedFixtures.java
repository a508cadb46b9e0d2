package org.tongchou.adapter.hub;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.tongchou.proto.v1.ArrivalRegistered;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FeedConflict;
import org.tongchou.proto.v1.FeedFact;
import org.tongchou.proto.v1.Receipt;
import org.tongchou.proto.v1.RecordedFact;
import org.tongchou.proto.v1.ResidenceConflict;
import org.tongchou.proto.v1.ResidencePeriod;

/** Feed items for subscriber and {@code tail} tests, shaped as the hub sends them. */
public final class FeedFixtures {

  /** A person key as long as the hub's (64 hex characters). */
  public static final String PERSON_KEY =
      "9c1e2f4a6b8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091";

  private FeedFixtures() {}

  /** An ArrivalRegistered from 410102 into {@code region}, recorded at {@code recordedAt}. */
  public static FeedFact arrival(
      String recordId, String region, String occurredOn, Instant recordedAt) {
    Fact fact =
        Fact.newBuilder()
            .setRecordId(recordId)
            .setRegion(region)
            .setOccurredOn(occurredOn)
            .setArrivalRegistered(ArrivalRegistered.newBuilder().setFrom("410102"))
            .build();
    return recorded(fact, PERSON_KEY, recordedAt);
  }

  /** A fact as the feed carries it: without ID number and name, with its receipt. */
  static FeedFact recorded(Fact fact, String personKey, Instant recordedAt) {
    Fact withoutIdentity =
        fact.toBuilder()
            .setPerson(fact.getPerson().toBuilder().clearIdNumber().clearName())
            .build();
    Receipt receipt =
        Receipt.newBuilder()
            .setRecordId(fact.getRecordId())
            .setRegion(fact.getRegion())
            .setPersonKey(personKey)
            .setRecordedAt(timestamp(recordedAt))
            .build();
    return FeedFact.newBuilder()
        .setRecorded(RecordedFact.newBuilder().setFact(withoutIdentity).setReceipt(receipt))
        .setPersonKey(personKey)
        .build();
  }

  /** {@code claimed}'s arrival overlapping {@code existing}'s residence from {@code from}. */
  public static FeedConflict conflict(String existing, String claimed, String from) {
    ResidenceConflict conflict =
        ResidenceConflict.newBuilder()
            .setExisting(ResidencePeriod.newBuilder().setRegion(existing).setFrom("2025-01-10"))
            .setClaimed(ResidencePeriod.newBuilder().setRegion(claimed).setFrom(from))
            .setOverlapFrom(from)
            .setProvisionalRegion(existing)
            .build();
    return FeedConflict.newBuilder().setConflict(conflict).setPersonKey(PERSON_KEY).build();
  }

  static Timestamp timestamp(Instant at) {
    return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
  }
}
