package org.tongchou.workload.bench;

import java.util.Collection;
import java.util.Map;

/**
 * Why the deliveries a feed still lacked after the grace had not come, so that a load run tells
 * late from lost:
 *
 * <ul>
 *   <li>{@code late}: the fact is in the region's feed after everything this feed has delivered; it
 *       would still come;
 *   <li>{@code skipped}: the fact is in the feed at a position this feed has already gone past
 *       without delivering it, so a subscriber resuming from its checkpoint would never get it:
 *       lost by the feed;
 *   <li>{@code absent}: the fact is not in the region's feed at all (read afresh from the start):
 *       lost before the feed.
 * </ul>
 */
public record MissingDeliveries(long late, long skipped, long absent) {

  public static final MissingDeliveries NONE = new MissingDeliveries(0, 0, 0);

  /**
   * @param notArrived the record ids this feed had not delivered by the end of the grace
   * @param storedAt each record id's position in the region's feed, read afresh from the start
   * @param deliveredUpTo the last position this feed had delivered
   */
  public static MissingDeliveries classify(
      Collection<String> notArrived, Map<String, Long> storedAt, long deliveredUpTo) {
    long late = 0;
    long skipped = 0;
    long absent = 0;
    for (String id : notArrived) {
      Long position = storedAt.get(id);
      if (position == null) {
        absent++;
      } else if (position <= deliveredUpTo) {
        skipped++;
      } else {
        late++;
      }
    }
    return new MissingDeliveries(late, skipped, absent);
  }

  public MissingDeliveries plus(MissingDeliveries other) {
    return new MissingDeliveries(late + other.late, skipped + other.skipped, absent + other.absent);
  }

  /** All the deliveries that had not come. */
  public long total() {
    return late + skipped + absent;
  }

  /** The ones that will never come. */
  public long lost() {
    return skipped + absent;
  }
}
