package org.tongchou.hub.feed.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tongchou.hub.person.domain.CanonicalJson;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;

/** Reads a jurisdiction's feed entries with their events decoded. */
@Service
public class FeedReader {

    /** An entry of the feed and its event. */
    public record Entry(long position, long globalIndex, String eventId, PersonEvent event) {
    }

    private final FeedLog log;

    FeedReader(FeedLog log) {
        this.log = log;
    }

    public long head() {
        return log.head();
    }

    public List<Entry> read(String jurisdiction, long after, long upTo, int limit) {
        return log.read(jurisdiction, after, upTo, limit).stream()
                .map(e -> new Entry(e.position(), e.globalIndex(), e.eventId(), decode(e.payloadType(), e.payload())))
                .toList();
    }

    private static PersonEvent decode(String type, byte[] payload) {
        Class<? extends PersonEvent> kind = type.equals(ResidenceConflictRecorded.class.getName())
                ? ResidenceConflictRecorded.class : FactRecorded.class;
        try {
            return CanonicalJson.mapper().readValue(payload, kind);
        } catch (IOException e) {
            throw new UncheckedIOException("stored event at a feed position cannot be read", e);
        }
    }
}
