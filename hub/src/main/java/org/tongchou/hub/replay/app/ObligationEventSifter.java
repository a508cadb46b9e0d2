package org.tongchou.hub.replay.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.CanonicalJson;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.replay.domain.RelevantChanges;

/**
 * Reads a stored {@link ObligationsChanged} token by token with the hub's own JSON parser and binds
 * only the changes {@link RelevantChanges} lets through, straight into their records: no tree, and
 * an opening due outside the period is skipped from its due date on without its other values being
 * decoded. Binding the whole event with the mapper cost most of a replay; the records made here are
 * the very ones the mapper makes of the same bytes (ObligationEventSifterTest holds every change
 * type's every component to that).
 *
 * <p>It reads the events as the hub writes them ({@link CanonicalJson}): a value of an unexpected
 * JSON type, or an unknown change tag on a relevant change, is refused rather than guessed at.
 */
final class ObligationEventSifter {

    private static final JsonFactory JSON = CanonicalJson.mapper().getFactory();
    private static final Map<String, ObligationStatus> STATUSES = stored(ObligationStatus.values());
    private static final Map<String, Side> SIDES = stored(Side.values());

    /**
     * Distinct values worth sharing at most (more are not shared): region codes, kinds, versions and
     * periods are a few thousand even in a national log, business days a few thousand more.
     */
    static final int SHARED_AT_MOST = 50_000;

    private final RelevantChanges relevant;
    /**
     * One instance of each repeated word and date, shared by every change of this read: a replay's
     * scratch holds hundreds of thousands of rows made of them, and a date is parsed once, not once
     * a row. The threads that parse share them (a word's hash, computed once, comes with it).
     */
    private final Map<String, String> words = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();

    ObligationEventSifter(RelevantChanges relevant) {
        this.relevant = relevant;
    }

    /** The event with only its relevant changes; without any, no event (only its time). */
    LoggedEvent read(long position, String personKey, byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "an obligation event is a JSON object");
            }
            String cause = null;
            String hash = null;
            String key = null;
            String previousHash = null;
            long sequence = 0;
            Instant recordedAt = null;
            List<ObligationChange> changes = List.of();
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "cause" -> cause = text(p);
                    case "changes" -> changes = changes(p);
                    case "hash" -> hash = text(p);
                    case "personKey" -> key = text(p);
                    case "personSequence" -> sequence = number(p);
                    case "previousHash" -> previousHash = text(p);
                    case "recordedAt" -> recordedAt = instant(p);
                    default -> p.skipChildren();
                }
            }
            if (changes.isEmpty()) {
                return new LoggedEvent(position, personKey, recordedAt, null);
            }
            return new LoggedEvent(position, personKey, recordedAt,
                    new ObligationsChanged(key, sequence, changes, cause, recordedAt, previousHash, hash));
        }
    }

    private List<ObligationChange> changes(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonParseException(p, "changes are a JSON array");
        }
        List<ObligationChange> kept = new ArrayList<>();
        Values values = new Values();
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.START_OBJECT) {
            ObligationChange change = change(p, values.clear());
            if (change != null) {
                kept.add(change);
            }
        }
        if (token != JsonToken.END_ARRAY) {
            throw new JsonParseException(p, "each change is a JSON object");
        }
        return kept;
    }

    /** One change, from its opening brace to its closing one; null when it does not matter. */
    private ObligationChange change(JsonParser p, Values v) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "change" -> v.change = word(text(p));
                case "dueOn" -> {
                    v.dueOn = text(p);
                    // The mapper writes the tag first, so an opening outside the period ends here.
                    if (RelevantChanges.OPENED.equals(v.change) && !relevant.dueWithin(v.dueOn)) {
                        return skipRest(p);
                    }
                }
                case "obligationId" -> {
                    v.obligationId = text(p);
                    if (v.obligationId != null) {
                        // The scratch looks each change up by its id on the one thread that applies
                        // them all; the hash a string keeps is computed here, on a parsing thread.
                        v.obligationId.hashCode();
                    }
                }
                case "kind" -> v.kind = word(text(p));
                case "subject" -> v.subject = text(p);
                case "side" -> v.side = word(text(p));
                case "responsible" -> v.responsible = word(text(p));
                case "owed" -> v.owed = word(text(p));
                case "opensOn" -> v.opensOn = text(p);
                case "policyVersion" -> v.policyVersion = word(text(p));
                case "openedBy" -> v.openedBy = text(p);
                case "period" -> v.period = word(text(p));
                case "status" -> v.status = word(text(p));
                case "evidence" -> v.evidence = text(p);
                case "settledOn" -> v.settledOn = text(p);
                case "replacedBy" -> v.replacedBy = text(p);
                case "newResponsible" -> v.newResponsible = word(text(p));
                case "newOwed" -> v.newOwed = word(text(p));
                case "office" -> v.office = word(text(p));
                case "reason" -> v.reason = text(p);
                case "disputedBy" -> v.disputedBy = word(text(p));
                case "assignTo" -> v.assignTo = word(text(p));
                case "upheld" -> v.upheld = bool(p);
                default -> p.skipChildren();
            }
        }
        if (!relevant.matter(v.change, v.responsible, v.owed, v.dueOn)) {
            return null;
        }
        return v.change(p);
    }

    /** Skips the rest of the current change; values never asked for are never decoded. */
    private static ObligationChange skipRest(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
        }
        return null;
    }

    /** A change's values as stored, until it is known whether it matters. */
    private final class Values {
        String change;
        String obligationId;
        String kind;
        String subject;
        String side;
        String responsible;
        String owed;
        String opensOn;
        String dueOn;
        String policyVersion;
        String openedBy;
        String period;
        String status;
        String evidence;
        String settledOn;
        String replacedBy;
        String newResponsible;
        String newOwed;
        String office;
        String reason;
        String disputedBy;
        String assignTo;
        boolean upheld;

        Values clear() {
            change = obligationId = kind = subject = side = responsible = owed = opensOn = dueOn = policyVersion =
                    openedBy = period = status = evidence = settledOn = replacedBy = newResponsible = newOwed = office =
                    reason = disputedBy = assignTo = null;
            upheld = false;
            return this;
        }

        /** The record the mapper binds of these values (the tag picks it, as {@code @JsonSubTypes} does). */
        ObligationChange change(JsonParser p) throws IOException {
            if (change == null) {
                throw new JsonParseException(p, "a change without its tag");
            }
            return switch (change) {
                case RelevantChanges.OPENED -> new ObligationChange.Opened(obligationId, kind, subject,
                        constant(SIDES, side, p), responsible, owed, date(opensOn), date(dueOn), policyVersion,
                        openedBy, period, constant(STATUSES, status, p), evidence, date(settledOn));
                case "status-changed" -> new ObligationChange.StatusChanged(obligationId, responsible, owed,
                        constant(STATUSES, status, p), evidence, date(settledOn));
                case "reassigned" -> new ObligationChange.Reassigned(obligationId, responsible, owed, replacedBy,
                        newResponsible, newOwed);
                case "waived" -> new ObligationChange.Waived(obligationId, responsible, owed, office, reason);
                case "disputed" -> new ObligationChange.Disputed(obligationId, responsible, owed, disputedBy, reason);
                case "dispute-ruled" -> new ObligationChange.DisputeRuled(obligationId, responsible, owed, upheld,
                        assignTo, office, reason);
                default -> throw new JsonParseException(p, "an unknown change: " + change);
            };
        }
    }

    private static String text(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(p, "text expected for " + p.currentName());
        };
    }

    private static long number(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new JsonParseException(p, "a whole number expected for " + p.currentName());
        }
        return p.getLongValue();
    }

    private static boolean bool(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> throw new JsonParseException(p, "true or false expected for " + p.currentName());
        };
    }

    private static Instant instant(JsonParser p) throws IOException {
        String text = text(p);
        return text == null ? null : Instant.parse(text);
    }

    private String word(String text) {
        if (text == null) {
            return null;
        }
        String known = words.get(text);
        if (known != null) {
            return known;
        }
        if (words.size() >= SHARED_AT_MOST) {
            return text;
        }
        known = words.putIfAbsent(text, text);
        return known != null ? known : text;
    }

    private LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        LocalDate known = dates.get(text);
        if (known != null) {
            return known;
        }
        LocalDate parsed = LocalDate.parse(text);
        if (dates.size() < SHARED_AT_MOST) {
            dates.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    private static <E extends Enum<E>> E constant(Map<String, E> words, String text, JsonParser p) throws IOException {
        if (text == null) {
            return null;
        }
        E value = words.get(text);
        if (value == null) {
            throw new JsonParseException(p, "an unknown word: " + text);
        }
        return value;
    }

    /** Each constant by the word the hub's mapper writes for it (its {@code @JsonProperty} name). */
    private static <E extends Enum<E>> Map<String, E> stored(E[] constants) {
        Map<String, E> words = new HashMap<>();
        for (E constant : constants) {
            words.put(CanonicalJson.mapper().convertValue(constant, String.class), constant);
        }
        return Map.copyOf(words);
    }
}
