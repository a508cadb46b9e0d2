package org.tongchou.hub.person.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.entitlement.domain.Entitlements;
import org.tongchou.hub.entitlement.domain.Relationship;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.person.domain.fact.AgreementSigned;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.CertificateVerified;
import org.tongchou.hub.person.domain.fact.DepartureReported;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.PersonRegistered;
import org.tongchou.hub.person.domain.fact.PregnancyReported;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.person.domain.fact.ResidencePermitEndorsed;
import org.tongchou.hub.person.domain.fact.ResidencePermitIssued;
import org.tongchou.hub.person.domain.fact.ResidencePermitLapsed;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;
import org.tongchou.hub.person.domain.fact.VerificationAnswered;
import org.tongchou.hub.person.domain.fact.VerificationRequested;
import org.tongchou.hub.residence.domain.ResidenceEntry;
import org.tongchou.hub.residence.domain.ResidenceTimeline;

/**
 * A person as their events say, folded one event at a time by {@link #evolve}. Mutable on purpose:
 * a person with a long history is folded once and then kept, not copied per event.
 *
 * <p>Records are known by the same key as their receipts, (reporting division, record id), so that
 * a correction reaches exactly the record the region means, whoever else used the same id.
 */
public final class PersonState {

  private String personKey;
  private long sequence;
  private String lastHash = EventHashes.GENESIS;
  private String sex;
  private LocalDate bornOn;
  private final Set<String> registrationRegions = new LinkedHashSet<>();

  /** Each registration region a fact gave, with the fact's date and place in the stream. */
  private final List<RegistrationMark> registrations = new ArrayList<>();

  /**
   * The same by date, the later record on a tie, and the first of the earliest date: reconciliation
   * asks for the registration on many days, which would otherwise scan every fact each time.
   */
  private final TreeMap<LocalDate, String> registrationByDate = new TreeMap<>();

  private RegistrationMark earliestRegistration;

  /** A registration without a date: answered by the scan, as always. */
  private boolean undatedRegistration;

  /** Every record by record key, as it stands after corrections, in the order first recorded. */
  private final LinkedHashMap<String, KnownFact> records = new LinkedHashMap<>();

  /**
   * Residence entries by record key, in the order the records were first made; null once corrected
   * away.
   */
  private final LinkedHashMap<String, ResidenceEntry> residenceEntries = new LinkedHashMap<>();

  private ResidenceTimeline timeline = ResidenceTimeline.fold(List.of());

  /** Every residence conflict, by id, in the order recorded. */
  private final LinkedHashMap<String, ConflictRecord> conflicts = new LinkedHashMap<>();

  /** Identity links this person is part of, by link id. */
  private final LinkedHashMap<String, IdentityLink> links = new LinkedHashMap<>();

  /** Offices' rulings, in the order made: whose the contested days are. */
  private final List<ResidenceTimeline.Ruling> rulings = new ArrayList<>();

  /**
   * The erasure of this person, once recorded: their sealed texts and identity are gone for good.
   */
  private Erasure erasure;

  private record RegistrationMark(LocalDate on, long sequence, String region) {}

  /** Who may read the person, as recorded (docs/ACCESS.md). */
  private final Entitlements entitlements = new Entitlements();

  /** The keyed digest of the name the hub holds: the first record's, then the owner's own. */
  private String nameDigest;

  /** Registration claims by claim id, and whether each is still open. */
  private final LinkedHashMap<String, RegistrationClaim> claims = new LinkedHashMap<>();

  /** The owners that approved each link waiting, by link id. */
  private final LinkedHashMap<String, Set<String>> linkApprovals = new LinkedHashMap<>();

  /** Contested arrivals by arrival key: true while the office has not ruled. */
  private final LinkedHashMap<String, Boolean> contests = new LinkedHashMap<>();

  /** A registration claim as it stands. */
  public record RegistrationClaim(
      String claimId,
      String claimedRegion,
      String claimedBy,
      LocalDate effectiveOn,
      Boolean confirmed) {

    public boolean isOpen() {
      return confirmed == null;
    }
  }

  private final Evolving evolving = new Evolving();

  public PersonState evolve(PersonEvent event) {
    personKey = event.personKey();
    sequence = event.personSequence();
    lastHash = event.hash();
    event.accept(evolving);
    return this;
  }

  /**
   * What each kind of event changes; the compiler asks a new kind here. Obligation events change
   * nothing a person's state holds: the settled duties are folded where they are decided.
   */
  private final class Evolving implements PersonEvent.Visitor<Void> {

    @Override
    public Void factRecorded(FactRecorded fact) {
      if (fact.sex() != null) {
        sex = fact.sex();
        bornOn = fact.bornOn();
      }
      if (fact.nameDigest() != null) {
        nameDigest = fact.nameDigest();
      }
      if (fact.registrationRegion() != null) {
        registrationRegions.add(fact.registrationRegion());
        remember(
            new RegistrationMark(
                fact.occurredOn(), fact.personSequence(), fact.registrationRegion()));
      }
      String key = recordKey(fact.region(), fact.recordId());
      records.put(
          key,
          new KnownFact(
              key,
              fact.recordId(),
              fact.region(),
              fact.region(),
              fact.occurredOn(),
              fact.data(),
              fact.reportedBy(),
              fact.recordedAt(),
              fact.personSequence()));
      if (fact.data() instanceof RecordCorrected correction && correction.fact() != null) {
        String target = recordKey(fact.region(), correction.corrects());
        records.computeIfPresent(
            target,
            (k, known) ->
                known.correctedTo(
                    correction.fact().region(),
                    correction.fact().occurredOn(),
                    correction.fact().data()));
      }
      applyToResidences(fact);
      return null;
    }

    @Override
    public Void residenceConflictRecorded(ResidenceConflictRecorded recorded) {
      conflicts.put(
          recorded.conflict().id(),
          new ConflictRecord(
              recorded.conflict(),
              BusinessDates.dateOf(recorded.recordedAt()),
              ConflictRecord.Status.OPEN,
              recorded.conflict().provisionalRegion()));
      return null;
    }

    @Override
    public Void erased(Erasure erased) {
      erasure = erased;
      return null;
    }

    @Override
    public Void residenceConflictRuled(ResidenceConflictRuled ruled) {
      conflicts.computeIfPresent(
          ruled.conflictId(),
          (id, c) -> c.with(ConflictRecord.Status.RULED, ruled.residenceRegion()));
      rulings.add(new ResidenceTimeline.Ruling(ruled.winnerKey(), ruled.loserKey()));
      refold();
      return null;
    }

    @Override
    public Void identityLinkRequested(IdentityLinkRequested requested) {
      links.put(
          requested.linkId(),
          new IdentityLink(
              requested.linkId(),
              requested.primaryKey(),
              requested.aliasKey(),
              requested.requestedBy(),
              IdentityLink.Status.REQUESTED));
      return null;
    }

    @Override
    public Void identityLinked(IdentityLinked linked) {
      links.put(
          linked.linkId(),
          new IdentityLink(
              linked.linkId(),
              linked.primaryKey(),
              linked.aliasKey(),
              linked.requestedBy(),
              IdentityLink.Status.LINKED));
      return null;
    }

    @Override
    public Void identityUnlinked(IdentityUnlinked unlinked) {
      links.computeIfPresent(
          unlinked.linkId(),
          (id, l) ->
              l.with(
                  IdentityUnlinked.SPLIT.equals(unlinked.outcome())
                      ? IdentityLink.Status.SPLIT
                      : IdentityLink.Status.DECLINED));
      return null;
    }

    @Override
    public Void entitlementsChanged(EntitlementsChanged changed) {
      for (EntitlementChange change : changed.changes()) {
        entitlements.apply(change, changed.recordedAt());
        // An owner's grant is the registration from its date: the ID number's region from birth,
        // a confirmed move from the claim's date.
        if (change.kind() == EntitlementChange.Kind.GRANTED
            && change.relationship() == Relationship.OWNER
            && !PersonAccess.LEGACY.equals(change.basis())) {
          remember(
              new RegistrationMark(
                  change.from() != null ? change.from() : bornOn != null ? bornOn : LocalDate.MIN,
                  changed.personSequence(),
                  change.region()));
        }
      }
      return null;
    }

    @Override
    public Void registrationClaimed(RegistrationClaimed claimed) {
      claims.put(
          claimed.claimId(),
          new RegistrationClaim(
              claimed.claimId(),
              claimed.claimedRegion(),
              claimed.claimedBy(),
              claimed.effectiveOn(),
              null));
      return null;
    }

    @Override
    public Void registrationClaimDecided(RegistrationClaimDecided decided) {
      claims.computeIfPresent(
          decided.claimId(),
          (id, c) ->
              new RegistrationClaim(
                  c.claimId(),
                  c.claimedRegion(),
                  c.claimedBy(),
                  c.effectiveOn(),
                  decided.confirmed()));
      return null;
    }

    @Override
    public Void identityLinkApproved(IdentityLinkApproved approved) {
      linkApprovals
          .computeIfAbsent(approved.linkId(), id -> new LinkedHashSet<>())
          .add(approved.by());
      return null;
    }

    @Override
    public Void arrivalContested(ArrivalContested contested) {
      contests.put(contested.arrivalKey(), true);
      return null;
    }

    @Override
    public Void arrivalContestRuled(ArrivalContestRuled ruled) {
      contests.put(ruled.arrivalKey(), false);
      return null;
    }

    @Override
    public Void residenceConflictEnded(ResidenceConflictEnded ended) {
      conflicts.computeIfPresent(
          ended.conflictId(),
          (id, c) ->
              c.with(
                  ResidenceConflictEnded.FINAL.equals(ended.outcome())
                      ? ConflictRecord.Status.FINAL
                      : ConflictRecord.Status.WITHDRAWN,
                  ended.residenceRegion()));
      return null;
    }

    @Override
    public Void identityMismatchRecorded(IdentityMismatchRecorded mismatch) {
      return null;
    }

    @Override
    public Void ofObligations(PersonEvent event) {
      return null;
    }
  }

  private void applyToResidences(FactRecorded fact) {
    if (fact.data() instanceof RecordCorrected correction) {
      // Replaced where the original stood, so every later stretch is re-derived from it.
      String key = recordKey(fact.region(), correction.corrects());
      ResidenceEntry replacement =
          entryOf(correction.corrects(), key, fact.reportedBy(), correction.fact());
      if (replacement != null || residenceEntries.containsKey(key)) {
        residenceEntries.put(key, replacement);
        refold();
      }
      return;
    }
    String key = recordKey(fact.region(), fact.recordId());
    ResidenceEntry entry =
        entryOf(
            fact.recordId(),
            key,
            fact.reportedBy(),
            new ReportedFact(
                fact.recordId(), fact.region(), fact.occurredOn(), null, fact.data(), null));
    if (entry != null) {
      residenceEntries.put(key, entry);
      refold();
    }
  }

  private void refold() {
    timeline =
        ResidenceTimeline.fold(
            residenceEntries.values().stream().filter(Objects::nonNull).toList(), rulings);
  }

  private static ResidenceEntry entryOf(
      String recordId, String key, String reportedBy, ReportedFact fact) {
    FactData data = fact.data();
    return data == null ? null : data.accept(new Residing(recordId, key, reportedBy, fact));
  }

  /**
   * The residence entry each fact type makes: an arrival or an end, nothing for the others. A new
   * fact type fails to compile here until it says whether it moves the person.
   */
  private record Residing(String recordId, String key, String reportedBy, ReportedFact fact)
      implements FactData.Visitor<ResidenceEntry> {

    @Override
    public ResidenceEntry personRegistered(PersonRegistered data) {
      return null;
    }

    @Override
    public ResidenceEntry departureReported(DepartureReported data) {
      return null;
    }

    @Override
    public ResidenceEntry arrivalRegistered(ArrivalRegistered arrival) {
      return ResidenceEntry.arrival(recordId, fact.region(), reportedBy, fact.occurredOn(), key);
    }

    @Override
    public ResidenceEntry residenceEnded(ResidenceEnded ended) {
      return ResidenceEntry.end(
          recordId, fact.region(), reportedBy, fact.occurredOn(), ended.reason());
    }

    @Override
    public ResidenceEntry residencePermitIssued(ResidencePermitIssued data) {
      return null;
    }

    @Override
    public ResidenceEntry residencePermitEndorsed(ResidencePermitEndorsed data) {
      return null;
    }

    @Override
    public ResidenceEntry residencePermitLapsed(ResidencePermitLapsed data) {
      return null;
    }

    @Override
    public ResidenceEntry certificateIssued(CertificateIssued data) {
      return null;
    }

    @Override
    public ResidenceEntry certificateVerified(CertificateVerified data) {
      return null;
    }

    @Override
    public ResidenceEntry agreementSigned(AgreementSigned data) {
      return null;
    }

    @Override
    public ResidenceEntry serviceDelivered(ServiceDelivered data) {
      return null;
    }

    @Override
    public ResidenceEntry pregnancyReported(PregnancyReported data) {
      return null;
    }

    @Override
    public ResidenceEntry birthRegistered(BirthRegistered data) {
      return null;
    }

    @Override
    public ResidenceEntry verificationRequested(VerificationRequested data) {
      return null;
    }

    @Override
    public ResidenceEntry verificationAnswered(VerificationAnswered data) {
      return null;
    }

    /** A correction replaces its record's entry itself ({@link #applyToResidences}). */
    @Override
    public ResidenceEntry recordCorrected(RecordCorrected correction) {
      return null;
    }
  }

  /** The idempotency key of a record: the reporting division and the region's record id. */
  public static String recordKey(String region, String recordId) {
    return region + "/" + recordId;
  }

  /** Who may read the person, as recorded; empty for a person from before entitlements were. */
  public Entitlements entitlements() {
    return entitlements;
  }

  /** The keyed digest of the name the hub holds, or null (a person from before digests). */
  public String nameDigest() {
    return nameDigest;
  }

  public Collection<RegistrationClaim> claims() {
    return Collections.unmodifiableCollection(claims.values());
  }

  public Optional<RegistrationClaim> claim(String claimId) {
    return Optional.ofNullable(claims.get(claimId));
  }

  /** The owners that approved a link waiting, in the order they did. */
  public Set<String> approvalsOf(String linkId) {
    return Set.copyOf(linkApprovals.getOrDefault(linkId, Set.of()));
  }

  /** Whether the arrival with this record key is contested and not yet ruled on. */
  public boolean isContested(String arrivalKey) {
    return Boolean.TRUE.equals(contests.get(arrivalKey));
  }

  /** Whether the arrival with this record key was ever contested. */
  public boolean wasContested(String arrivalKey) {
    return contests.containsKey(arrivalKey);
  }

  /** The divisions whose facts the stream holds: each sees what it reported itself. */
  public Set<String> reportingDivisions() {
    Set<String> divisions = new LinkedHashSet<>();
    records.values().forEach(f -> divisions.add(f.reportingRegion()));
    return divisions;
  }

  public Optional<Erasure> erasure() {
    return Optional.ofNullable(erasure);
  }

  /** The person's key, once an event named it; null for a person not yet recorded. */
  public String personKey() {
    return personKey;
  }

  public boolean isKnown() {
    return sequence > 0;
  }

  public long sequence() {
    return sequence;
  }

  public String lastHash() {
    return lastHash;
  }

  /** {@code M} or {@code F}; null until an event carried it. */
  public String sex() {
    return sex;
  }

  public LocalDate bornOn() {
    return bornOn;
  }

  public Set<String> registrationRegions() {
    return Set.copyOf(registrationRegions);
  }

  /**
   * The household registration on {@code day}: the one given by the fact of the latest date not
   * after it (the later record on a tie), else the earliest given.
   */
  public String registrationOn(LocalDate day) {
    if (undatedRegistration || day == null) {
      return registrationByScan(day);
    }
    Map.Entry<LocalDate, String> best = registrationByDate.floorEntry(day);
    return best != null
        ? best.getValue()
        : earliestRegistration == null ? null : earliestRegistration.region();
  }

  private void remember(RegistrationMark mark) {
    registrations.add(mark);
    if (mark.on() == null) {
      undatedRegistration = true;
      return;
    }
    registrationByDate.put(mark.on(), mark.region());
    if (earliestRegistration == null || mark.on().isBefore(earliestRegistration.on())) {
      earliestRegistration = mark;
    }
  }

  private String registrationByScan(LocalDate day) {
    RegistrationMark best = null;
    RegistrationMark earliest = null;
    for (RegistrationMark mark : registrations) {
      if (earliest == null || mark.on().isBefore(earliest.on())) {
        earliest = mark;
      }
      if (!mark.on().isAfter(day) && (best == null || !mark.on().isBefore(best.on()))) {
        best = mark;
      }
    }
    return best != null ? best.region() : earliest == null ? null : earliest.region();
  }

  public ResidenceTimeline timeline() {
    return timeline;
  }

  /** Every record as it stands now, corrections included, in the order first recorded. */
  public Collection<KnownFact> facts() {
    return Collections.unmodifiableCollection(records.values());
  }

  public Optional<KnownFact> record(String region, String recordId) {
    return Optional.ofNullable(records.get(recordKey(region, recordId)));
  }

  /** Every identity link this person is part of, in the order first recorded. */
  public Collection<IdentityLink> links() {
    return Collections.unmodifiableCollection(links.values());
  }

  public Optional<IdentityLink> link(String linkId) {
    return Optional.ofNullable(links.get(linkId));
  }

  /** The person this one is linked into now, if any: its facts are recorded there. */
  public Optional<String> linkedInto(String personKey) {
    return links.values().stream()
        .filter(l -> l.status() == IdentityLink.Status.LINKED && l.aliasKey().equals(personKey))
        .map(IdentityLink::primaryKey)
        .findFirst();
  }

  /** Every residence conflict, in the order recorded. */
  public Collection<ConflictRecord> conflicts() {
    return Collections.unmodifiableCollection(conflicts.values());
  }

  public Optional<ConflictRecord> conflict(String id) {
    return Optional.ofNullable(conflicts.get(id));
  }
}
