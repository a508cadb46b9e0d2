package org.tongchou.hub.person.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 */
public final class PersonState {

    private long sequence;
    private String lastHash = EventHashes.GENESIS;
    private final Set<String> registrationRegions = new LinkedHashSet<>();
    private final Map<String, RecordInfo> records = new HashMap<>();
    private final List<ResidenceEntry> residenceEntries = new ArrayList<>();
    private ResidenceTimeline timeline = ResidenceTimeline.fold(List.of());

    public PersonState evolve(PersonEvent event) {
        sequence = event.personSequence();
        lastHash = event.hash();
        if (event instanceof FactRecorded fact) {
            if (fact.registrationRegion() != null) {
                registrationRegions.add(fact.registrationRegion());
            }
            records.put(recordKey(fact.reportedBy(), fact.recordId()),
                    new RecordInfo(fact.recordId(), fact.reportedBy(), fact.data(), fact.personSequence()));
            residenceEntryOf(fact).ifPresent(this::addOrReplaceResidenceEntry);
        }
        return this;
    }

    private void addOrReplaceResidenceEntry(Replacing entry) {
        if (entry.replaces() != null) {
            residenceEntries.removeIf(e -> e.recordId().equals(entry.replaces()));
        }
        if (entry.entry() != null) {
            residenceEntries.add(entry.entry());
        }
        timeline = ResidenceTimeline.fold(residenceEntries);
    }

    private record Replacing(String replaces, ResidenceEntry entry) {
    }

    private static Optional<Replacing> residenceEntryOf(FactRecorded fact) {
        if (fact.data() instanceof RecordCorrected correction) {
            ReportedFact replacement = correction.fact();
            // The replacement keeps the corrected record's id, so later corrections find it again.
            return Optional.of(new Replacing(correction.corrects(),
                    entryOf(correction.corrects(), replacement.region(), fact.reportedBy(), replacement)));
        }
        ResidenceEntry entry = entryOf(fact.recordId(), fact.region(), fact.reportedBy(),
                new ReportedFact(fact.recordId(), fact.region(), fact.occurredOn(), null, fact.data(), null));
        return entry == null ? Optional.empty() : Optional.of(new Replacing(null, entry));
    }

    private static ResidenceEntry entryOf(String recordId, String region, String reportedBy, ReportedFact fact) {
        FactData data = fact.data();
        if (data instanceof ArrivalRegistered) {
            return ResidenceEntry.arrival(recordId, region, reportedBy, fact.occurredOn());
        }
        if (data instanceof ResidenceEnded ended) {
            return ResidenceEntry.end(recordId, region, reportedBy, fact.occurredOn(), ended.reason());
        }
        return null;
    }

    static String recordKey(String reportedBy, String recordId) {
        return reportedBy + "/" + recordId;
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

    Optional<RecordInfo> record(String reportedBy, String recordId) {
        return Optional.ofNullable(records.get(recordKey(reportedBy, recordId)));
    }
}
