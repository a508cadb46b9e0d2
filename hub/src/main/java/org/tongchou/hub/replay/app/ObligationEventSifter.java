package org.tongchou.hub.replay.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
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

  /** Business days worth keeping parsed at most (more are parsed each time): a few thousand. */
  static final int DATES_AT_MOST = 50_000;

  private final RelevantChanges relevant;

  /**
   * One instance of each repeated word and date, shared by every change of this read: a replay's
   * scratch holds hundreds of thousands of rows made of them, and a date is parsed once, not once a
   * row.
   */
  private final SharedWords words = new SharedWords();

  private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();

  ObligationEventSifter(RelevantChanges relevant) {
    this.relevant = relevant;
  }

  /** A reader for one thread's rows (it is not thread safe). */
  Reader reader() {
    return new Reader();
  }

  /**
   * Reads events on one thread: it keeps a change's values between its fields, and the last time
   * read, since the events of one transaction share it.
   */
  final class Reader {
    private final Values values = new Values();
    private final SharedWords.Table table = words.table();
    private String lastTime;
    private Instant lastInstant;

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
        List<ObligationChange> changes = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
          p.nextToken();
          // Once no change is kept, no event is made: of the rest only the time is read.
          boolean unused = changes != null && changes.isEmpty();
          switch (name) {
            case "cause" -> cause = unused ? null : text(p);
            case "changes" -> changes = changes(p);
            case "hash" -> hash = unused ? null : text(p);
            case "personKey" -> key = unused ? null : text(p);
            case "personSequence" -> sequence = unused ? 0 : number(p);
            case "previousHash" -> previousHash = unused ? null : text(p);
            case "recordedAt" -> recordedAt = time(p);
            default -> p.skipChildren();
          }
        }
        if (changes == null || changes.isEmpty()) {
          return new LoggedEvent(position, personKey, recordedAt, null);
        }
        return new LoggedEvent(
            position,
            personKey,
            recordedAt,
            new ObligationsChanged(key, sequence, changes, cause, recordedAt, previousHash, hash));
      }
    }

    private List<ObligationChange> changes(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw new JsonParseException(p, "changes are a JSON array");
      }
      List<ObligationChange> kept = new ArrayList<>();
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
          case "change" -> v.change = word(p);
          case "dueOn" -> {
            v.dueOn = word(p);
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
          case "kind" -> v.kind = word(p);
          case "subject" -> v.subject = text(p);
          case "side" -> v.side = word(p);
          case "responsible" -> v.responsible = word(p);
          case "owed" -> v.owed = word(p);
          case "opensOn" -> v.opensOn = word(p);
          case "policyVersion" -> v.policyVersion = word(p);
          case "openedBy" -> v.openedBy = text(p);
          case "period" -> v.period = word(p);
          case "status" -> v.status = word(p);
          case "evidence" -> v.evidence = text(p);
          case "settledOn" -> v.settledOn = word(p);
          case "replacedBy" -> v.replacedBy = text(p);
          case "newResponsible" -> v.newResponsible = word(p);
          case "newOwed" -> v.newOwed = word(p);
          case "office" -> v.office = word(p);
          case "reason" -> v.reason = text(p);
          case "disputedBy" -> v.disputedBy = word(p);
          case "assignTo" -> v.assignTo = word(p);
          case "upheld" -> v.upheld = bool(p);
          default -> p.skipChildren();
        }
      }
      if (!relevant.matter(v.change, v.responsible, v.owed, v.dueOn)) {
        return null;
      }
      return v.change(p);
    }

    /**
     * A repeated word or a date, as one shared string, without a string made of the parser's text.
     */
    private String word(JsonParser p) throws IOException {
      return switch (p.currentToken()) {
        case VALUE_STRING -> table.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        case VALUE_NULL -> null;
        default -> throw new JsonParseException(p, "text expected for " + p.currentName());
      };
    }

    private Instant time(JsonParser p) throws IOException {
      String text = text(p);
      if (text != null && !text.equals(lastTime)) {
        try {
          lastInstant = Instant.parse(text);
        } catch (DateTimeException e) {
          throw new JsonParseException(p, "not an instant: " + text, e);
        }
        lastTime = text;
      }
      return text == null ? null : lastInstant;
    }
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
      change =
          obligationId =
              kind =
                  subject =
                      side =
                          responsible =
                              owed =
                                  opensOn =
                                      dueOn =
                                          policyVersion =
                                              openedBy =
                                                  period =
                                                      status =
                                                          evidence =
                                                              settledOn =
                                                                  replacedBy =
                                                                      newResponsible =
                                                                          newOwed =
                                                                              office =
                                                                                  reason =
                                                                                      disputedBy =
                                                                                          assignTo =
                                                                                              null;
      upheld = false;
      return this;
    }

    /**
     * The record the mapper binds of these values (the tag picks it, as {@code @JsonSubTypes}
     * does).
     */
    ObligationChange change(JsonParser p) throws IOException {
      if (change == null) {
        throw new JsonParseException(p, "a change without its tag");
      }
      return switch (change) {
        case RelevantChanges.OPENED ->
            new ObligationChange.Opened(
                obligationId,
                kind,
                subject,
                constant(SIDES, side, p),
                responsible,
                owed,
                date(opensOn),
                date(dueOn),
                policyVersion,
                openedBy,
                period,
                constant(STATUSES, status, p),
                evidence,
                date(settledOn));
        case "status-changed" ->
            new ObligationChange.StatusChanged(
                obligationId,
                responsible,
                owed,
                constant(STATUSES, status, p),
                evidence,
                date(settledOn));
        case "reassigned" ->
            new ObligationChange.Reassigned(
                obligationId, responsible, owed, replacedBy, newResponsible, newOwed);
        case "waived" ->
            new ObligationChange.Waived(obligationId, responsible, owed, office, reason);
        case "disputed" ->
            new ObligationChange.Disputed(obligationId, responsible, owed, disputedBy, reason);
        case "dispute-ruled" ->
            new ObligationChange.DisputeRuled(
                obligationId, responsible, owed, upheld, assignTo, office, reason);
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

  private LocalDate date(String text) throws IOException {
    if (text == null) {
      return null;
    }
    LocalDate known = dates.get(text);
    if (known != null) {
      return known;
    }
    LocalDate parsed;
    try {
      parsed = LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new IOException("not a date: " + text, e);
    }
    if (dates.size() < DATES_AT_MOST) {
      dates.putIfAbsent(text, parsed);
    }
    return parsed;
  }

  private static <E extends Enum<E>> E constant(Map<String, E> words, String text, JsonParser p)
      throws IOException {
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
