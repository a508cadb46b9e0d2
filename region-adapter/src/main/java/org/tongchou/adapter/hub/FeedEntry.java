package org.tongchou.adapter.hub;

import java.time.Instant;

/**
 * One item of a region's feed ({@code RegionSync.Subscribe}), as plain values: the generated proto
 * types stay in this package.
 */
public sealed interface FeedEntry {

  /**
   * The feed position. Resuming after it delivers exactly the items that follow: for a fact or a
   * conflict its own place in the hub's commit order, for a checkpoint the position up to which
   * everything concerning the region has been delivered.
   */
  long position();

  /** When this adapter received the item, by its own clock. */
  Instant receivedAt();

  /**
   * The item's kind as the adapter names it to the region: {@code fact}, {@code conflict}, {@code
   * obligation}, {@code identity}, {@code signed-checkpoint}, {@code checkpoint} or {@code
   * unknown}. One word per kind everywhere: {@code tail}'s lines and {@code --kind}, the inbox's
   * {@code kind} column.
   */
  String kind();

  /**
   * A recorded fact about a person that concerns the region.
   *
   * @param type the FACTS.md type name (e.g. {@code ArrivalRegistered}); empty for a type newer
   *     than this adapter
   * @param personKey the person's pseudonymous key (the feed carries no ID number and no name)
   * @param recordedAt when the hub committed the fact (its receipt's {@code recorded_at})
   */
  record Fact(
      long position,
      Instant receivedAt,
      String recordId,
      String region,
      String occurredOn,
      String type,
      String personKey,
      Instant recordedAt)
      implements FeedEntry {

    @Override
    public String kind() {
      return "fact";
    }
  }

  /**
   * A residence conflict that involves the region: two regions claim the same days.
   *
   * @param existingRegion the region of the residence recorded first
   * @param claimedRegion the region of the arrival that overlaps it
   * @param overlapFrom ISO date from which the two claims overlap
   * @param provisionalRegion the region provisionally responsible (the first claim's)
   */
  record Conflict(
      long position,
      Instant receivedAt,
      String existingRegion,
      String claimedRegion,
      String overlapFrom,
      String provisionalRegion,
      String personKey)
      implements FeedEntry {

    @Override
    public String kind() {
      return "conflict";
    }
  }

  /**
   * Something happened to obligations the region is responsible for or is owed: every change one
   * cause brought (a fact, a wake-up, an office's act), in order.
   *
   * @param cause the record key of the fact that caused it, {@code deadline:DATE}, {@code
   *     office:CODE} or {@code region:CODE}
   */
  record Obligation(
      long position,
      Instant receivedAt,
      String cause,
      String personKey,
      java.util.List<Change> changes)
      implements FeedEntry {

    public Obligation {
      changes = java.util.List.copyOf(changes);
    }

    @Override
    public String kind() {
      return "obligation";
    }

    /**
     * One change to one obligation.
     *
     * @param change {@code opened}, {@code status-changed}, {@code reassigned}, {@code waived},
     *     {@code disputed}, {@code dispute-ruled} or {@code reevaluated}
     * @param obligationId the hub's id of the obligation, {@code kind/subject#n}
     * @param kind the policy's kind of duty (set when opened), e.g. {@code
     *     certificate-verification}
     * @param status where it stands now, e.g. {@code open}, {@code due-soon}, {@code overdue}
     * @param responsibleRegion the region that must act
     * @param owedRegion the region it is owed to
     * @param dueOn ISO due date (set when opened)
     */
    public record Change(
        String change,
        String obligationId,
        String kind,
        String status,
        String responsibleRegion,
        String owedRegion,
        String dueOn) {}
  }

  /**
   * Who may read a person changed in a way that concerns the region (docs/ACCESS.md): an
   * entitlement granted, ended, suspended or restored; a registration claim and its decision; a
   * contested arrival and its ruling; for the owner, an arrival whose identity did not match.
   *
   * @param change {@code entitlements}, {@code identity-mismatch}, {@code registration-claimed},
   *     {@code registration-confirmed}, {@code registration-rejected}, {@code arrival-contested},
   *     {@code contest-upheld} or {@code contest-rejected}
   * @param subject what it is about: the claim id, the arrival's record key, or the first region
   *     whose entitlement changed
   */
  record Access(long position, Instant receivedAt, String change, String subject, String personKey)
      implements FeedEntry {

    @Override
    public String kind() {
      return "access";
    }
  }

  /**
   * Two ID numbers of a person who concerns the region were linked, or a link was asked for, split
   * or declined. Once linked, the alias's facts come under {@code primaryKey}.
   *
   * @param change {@code requested}, {@code linked}, {@code split} or {@code declined}
   * @param personKey the stream the event was recorded in (the primary's or the alias's)
   */
  record Identity(
      long position,
      Instant receivedAt,
      String change,
      String linkId,
      String primaryKey,
      String aliasKey,
      String personKey)
      implements FeedEntry {

    @Override
    public String kind() {
      return "identity";
    }
  }

  /**
   * Nothing more concerns the region up to {@code position}, so far.
   *
   * @param hubTime the hub's time when it made the checkpoint, for lag reporting
   */
  record Checkpoint(long position, Instant receivedAt, Instant hubTime) implements FeedEntry {

    @Override
    public String kind() {
      return "checkpoint";
    }
  }

  /**
   * A checkpoint the hub signed over its whole log up to {@code toPosition}. The inbox keeps it
   * (kind {@code signed-checkpoint}), so that a copy of every checkpoint lives outside the hub for
   * auditors ({@code audit verify --checkpoints}).
   *
   * @param sequence the checkpoint's number (1, 2, ... without gaps)
   * @param hash SHA-256 (hex) of the signed body
   * @param keyId the signing key's id
   */
  record SignedCheckpoint(
      long position, Instant receivedAt, long sequence, long toPosition, String hash, String keyId)
      implements FeedEntry {

    @Override
    public String kind() {
      return "signed-checkpoint";
    }
  }

  /**
   * An item of a kind this adapter does not know yet (added to the contract later). It still
   * advances the position, so it is handed on rather than dropped.
   */
  record Unknown(long position, Instant receivedAt) implements FeedEntry {

    @Override
    public String kind() {
      return "unknown";
    }
  }
}
