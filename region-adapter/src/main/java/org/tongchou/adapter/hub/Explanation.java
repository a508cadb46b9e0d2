package org.tongchou.adapter.hub;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.proto.v1.FeedObligation;
import org.tongchou.proto.v1.ObligationHistory;

/**
 * One obligation and everything behind it ({@code Assessment.ExplainObligation}), as plain values
 * and text: its fields, its events as feed entries (so that they read as {@code tail} prints them)
 * with their receipts, and the facts behind them as a timeline prints them.
 *
 * @param obligation the obligation's fields that are set, by the contract's field names, in its
 *     order
 * @param events its events, oldest first
 * @param facts one line per fact behind them (the opening one, its evidence, each cause), oldest
 *     first
 */
public record Explanation(Map<String, String> obligation, List<Event> events, List<String> facts) {

  public Explanation {
    obligation = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(obligation));
    events = List.copyOf(events);
    facts = List.copyOf(facts);
  }

  /**
   * One event of the obligation, under one receipt.
   *
   * @param changes its changes to this obligation, with the cause
   * @param recordedAt when the hub recorded it
   * @param hash its receipt's hash, which chains it into the person's stream
   * @param personSequence its place in the person's stream, 1-based
   */
  public record Event(
      FeedEntry.Obligation changes, Instant recordedAt, String hash, long personSequence) {}

  static Explanation of(ObligationHistory history, Instant receivedAt) {
    List<Event> events = history.getEventsList().stream().map(e -> event(e, receivedAt)).toList();
    List<String> facts = history.getFactsList().stream().map(TimelineText::fact).toList();
    return new Explanation(MessageFields.of(history.getObligation()), events, facts);
  }

  private static Event event(FeedObligation e, Instant receivedAt) {
    return new Event(
        FeedEntries.obligation(e.getReceipt().getPosition(), receivedAt, e),
        FeedEntries.instant(e.getReceipt().getRecordedAt()),
        e.getReceipt().getHash(),
        e.getReceipt().getPersonSequence());
  }
}
