package org.tongchou.hub.replay.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.tongchou.hub.person.domain.CanonicalJson;
import org.tongchou.hub.person.domain.PersonEvent;

/**
 * Turns stored payloads back into events with the hub's own mapper ({@link CanonicalJson}, the one
 * Axon's event serializer is built on in {@code AxonConfiguration}), by the stored payload type.
 * Events of a type the replay does not want are not deserialized: only their top-level
 * {@code recordedAt} is picked out of the JSON, which the as-of-time limit needs.
 */
final class EventPayloads {

    /** One stored row, as read. */
    record Row(long position, String personKey, String payloadType, byte[] payload) {
    }

    private static final JsonFactory JSON = CanonicalJson.mapper().getFactory();

    private final Predicate<String> wanted;
    private final boolean needsTime;
    private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();

    /** @param needsTime whether events not wanted still need their {@code recordedAt} (a time limit) */
    EventPayloads(Predicate<String> wanted, boolean needsTime) {
        this.wanted = wanted;
        this.needsTime = needsTime;
    }

    List<LoggedEvent> parse(List<Row> rows) {
        List<LoggedEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            try {
                if (wanted.test(row.payloadType())) {
                    PersonEvent event = reader(row.payloadType()).readValue(row.payload());
                    events.add(new LoggedEvent(row.position(), row.personKey(), event.recordedAt(), event));
                } else {
                    events.add(new LoggedEvent(row.position(), row.personKey(),
                            needsTime ? recordedAt(row.payload()) : null, null));
                }
            } catch (IOException e) {
                throw new IllegalStateException("the event at position " + row.position() + " ("
                        + row.payloadType() + ") does not read as the hub wrote it", e);
            }
        }
        return events;
    }

    private ObjectReader reader(String type) {
        return readers.computeIfAbsent(type, t -> {
            try {
                return CanonicalJson.mapper().readerFor(Class.forName(t));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the event log holds an unknown payload type " + t, e);
            }
        });
    }

    /** The top-level {@code recordedAt} of an event's JSON, skipping every nested object unread. */
    static Instant recordedAt(byte[] json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("recordedAt") && value == JsonToken.VALUE_STRING) {
                    return Instant.parse(parser.getText());
                }
                parser.skipChildren();
            }
            return null;
        }
    }
}
