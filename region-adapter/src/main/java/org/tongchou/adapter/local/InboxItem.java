package org.tongchou.adapter.local;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.tongchou.adapter.hub.FeedEntry;

/**
 * The columns of an inbox row that a region's system filters on; the whole item is in {@code item}.
 * Null where a kind has no such value.
 */
public record InboxItem(
    String kind,
    String recordId,
    String region,
    LocalDate occurredOn,
    String factType,
    String personKey) {

  /** The row for an entry; none for a checkpoint, which only moves the checkpoint row. */
  public static Optional<InboxItem> of(FeedEntry entry) {
    if (entry instanceof FeedEntry.Fact f) {
      String type = f.type().isEmpty() ? null : f.type();
      return Optional.of(
          new InboxItem(
              f.kind(), f.recordId(), f.region(), date(f.occurredOn()), type, f.personKey()));
    }
    if (entry instanceof FeedEntry.Conflict c) {
      return Optional.of(
          new InboxItem(
              c.kind(), null, c.claimedRegion(), date(c.overlapFrom()), null, c.personKey()));
    }
    if (entry instanceof FeedEntry.Obligation o) {
      // The columns show the item's first change; `item` holds every one.
      FeedEntry.Obligation.Change first = o.changes().isEmpty() ? null : o.changes().get(0);
      return Optional.of(
          first == null
              ? new InboxItem(o.kind(), null, null, null, null, o.personKey())
              : new InboxItem(
                  o.kind(),
                  first.obligationId(),
                  first.responsibleRegion(),
                  date(first.dueOn()),
                  first.status(),
                  o.personKey()));
    }
    if (entry instanceof FeedEntry.Identity i) {
      return Optional.of(
          new InboxItem(i.kind(), i.linkId(), null, null, i.change(), i.personKey()));
    }
    if (entry instanceof FeedEntry.Access a) {
      return Optional.of(
          new InboxItem(a.kind(), a.subject(), null, null, a.change(), a.personKey()));
    }
    if (entry instanceof FeedEntry.SignedCheckpoint s) {
      // The region's copy of the hub's signature over its log: `item` holds body and signature.
      return Optional.of(
          new InboxItem(s.kind(), Long.toString(s.sequence()), null, null, null, null));
    }
    if (entry instanceof FeedEntry.Unknown u) {
      // A kind newer than this adapter: kept, so that the region sees there is something to upgrade
      // for.
      return Optional.of(new InboxItem(u.kind(), null, null, null, null, null));
    }
    return Optional.empty();
  }

  /**
   * The hub only records ISO dates, but a feed must never stall on one value: an unreadable date is
   * left out of its column and stays in {@code item}.
   */
  private static LocalDate date(String iso) {
    try {
      return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
