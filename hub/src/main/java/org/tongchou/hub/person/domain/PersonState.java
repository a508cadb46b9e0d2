package org.tongchou.hub.person.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.residence.domain.ResidenceEntry;
import org.tongchou.hub.residence.domain.ResidenceTimeline;

/**
 * A person as their events say, folded one event at a time by {@link #evolve}. Mutable on
 * purpose: a person with a long history is folded once and then kept, not copied per event.
 *
 * <p>Records are known by the same key as their receipts, (reporting division, record id), so
 * that a correction reaches exactly the record the region means, whoever else used the same id.
 */
public final class PersonState {

    private long sequence;
    private String lastHash = EventHashes.GENESIS;
    private final Set<String> registrationRegions = new LinkedHashSet<>();
    private final Map<String, RecordInfo> records = new HashMap<>();
    /** Residence entries by record key, in the order the records were first made; null once corrected away. */
    private final LinkedHashMap<String, ResidenceEntry> residenceEntries = new LinkedHashMap<>();
    private ResidenceTimeline timeline = ResidenceTimeline.fold(java.util.List.of());

    public PersonState evolve(PersonEvent event) {
        sequence = event.personSequence();
        lastHash = event.hash();
        if (event instanceof FactRecorded fact) {
            if (fact.registrationRegion() != null) {
                registrationRegions.add(fact.registrationRegion());
            }
            records.put(recordKey(fact.region(), fact.recordId()),
                    new RecordInfo(fact.recordId(), fact.reportedBy(), fact.data(), fact.personSequence()));
            applyToResidences(fact);
        }
        return this;
    }

    private void applyToResidences(FactRecorded fact) {
        if (fact.data() instanceof RecordCorrected correction) {
            // Replaced where the original stood, so every later stretch is re-derived from it.
            String key = recordKey(fact.region(), correction.corrects());
            ResidenceEntry replacement = entryOf(correction.corrects(), fact.reportedBy(), correction.fact());
            if (replacement != null || residenceEntries.containsKey(key)) {
                residenceEntries.put(key, replacement);
                refold();
            }
            return;
        }
        ResidenceEntry entry = entryOf(fact.recordId(), fact.reportedBy(),
                new ReportedFact(fact.recordId(), fact.region(), fact.occurredOn(), null, fact.data(), null));
        if (entry != null) {
            residenceEntries.put(recordKey(fact.region(), fact.recordId()), entry);
            refold();
        }
    }

    private void refold() {
        timeline = ResidenceTimeline.fold(residenceEntries.values().stream().filter(Objects::nonNull).toList());
    }

    private static ResidenceEntry entryOf(String recordId, String reportedBy, ReportedFact fact) {
        FactData data = fact.data();
        if (data instanceof ArrivalRegistered) {
            return ResidenceEntry.arrival(recordId, fact.region(), reportedBy, fact.occurredOn());
        }
        if (data instanceof ResidenceEnded ended) {
            return ResidenceEntry.end(recordId, fact.region(), reportedBy, fact.occurredOn(), ended.reason());
        }
        return null;
    }

    /** The idempotency key of a record: the reporting division and the region's record id. */
    public static String recordKey(String region, String recordId) {
        return region + "/" + recordId;
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

    public Set<String> registrationRegions() {
        return Set.copyOf(registrationRegions);
    }

    public ResidenceTimeline timeline() {
        return timeline;
    }

    Optional<RecordInfo> record(String region, String recordId) {
        return Optional.ofNullable(records.get(recordKey(region, recordId)));
    }
}
