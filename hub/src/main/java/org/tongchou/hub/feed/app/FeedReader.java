package org.tongchou.hub.feed.app;

import java.util.List;
import org.springframework.stereotype.Service;
import org.tongchou.hub.person.app.PersonEventTypes;
import org.tongchou.hub.person.domain.PersonEvent;

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
                .map(e -> new Entry(e.position(), e.globalIndex(), e.eventId(),
                        PersonEventTypes.decode(e.payloadType(), e.payload())))
                .toList();
    }
}
