package org.tongchou.hub.feed.grpc;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.accesslog.app.AccessLog;
import org.tongchou.hub.accesslog.app.DeliveryLog;
import org.tongchou.hub.platform.grpc.GrpcErrors;

/**
 * A feed is a read of personal data, so it goes in the access log: once when it opens (whose feed,
 * from which position: recorded before the first item is sent), once per page before the page is
 * sent (its positions and the person keys of its events, outcome {@code delivered}), and once when
 * it ends (up to which position, how many entries went out). The page entries answer "who received
 * this person's data" by person key; one entry per page, not per item, because an append takes the
 * log's row lock (a page is up to 200 items; a live feed's page is what arrived since the last).
 */
@Component
class FeedReads {

  static final String ACTION = "RegionSync.Subscribe";
  private static final Logger LOG = LoggerFactory.getLogger(FeedReads.class);

  private final AccessLog log;
  private final DeliveryLog deliveries;

  FeedReads(AccessLog log, DeliveryLog deliveries) {
    this.log = log;
    this.deliveries = deliveries;
  }

  /**
   * Logs the opening; the refusal to send when it could not be logged (nothing goes out unlogged),
   * else null.
   */
  RuntimeException opening(Caller caller, String jurisdiction, boolean withImported, long after) {
    try {
      log.record(
          caller, ACTION, List.of(subject(jurisdiction, withImported) + " after " + after), "");
      return null;
    } catch (RuntimeException e) {
      return FeedErrors.unavailable(e);
    }
  }

  /**
   * Logs a page about to be sent; the refusal to end the feed with when it could not be logged,
   * else null.
   */
  RuntimeException page(
      Caller caller,
      String jurisdiction,
      boolean withImported,
      long first,
      long last,
      List<String> persons) {
    try {
      List<String> subjects = new ArrayList<>(persons.size() + 1);
      subjects.add(subject(jurisdiction, withImported) + " page " + first + ".." + last);
      subjects.addAll(persons);
      deliveries.delivered(caller, ACTION, subjects);
      return null;
    } catch (RuntimeException e) {
      return FeedErrors.unavailable(e);
    }
  }

  /** Logs how far a feed went; a failure here is reported, since what it sent is already out. */
  void closed(
      Caller caller,
      String jurisdiction,
      boolean withImported,
      long after,
      long upTo,
      long entries) {
    try {
      log.record(
          caller,
          ACTION,
          List.of(
              subject(jurisdiction, withImported)
                  + " delivered "
                  + after
                  + ".."
                  + upTo
                  + " ("
                  + entries
                  + " entries)"),
          "");
    } catch (RuntimeException e) {
      if (GrpcErrors.isOutage(e)) {
        // The database went away with the feed: expected, one line; its pages are logged.
        LOG.warn(
            "the end of {}'s feed ({}..{}, {} entries) could not be recorded in the access log:"
                + " storage unavailable ({})",
            caller.describe(),
            after,
            upTo,
            entries,
            e.getClass().getName());
        return;
      }
      LOG.error(
          "the end of {}'s feed ({}..{}, {} entries) could not be recorded in the access log",
          caller.describe(),
          after,
          upTo,
          entries,
          e);
    }
  }

  /** The feed read: whose, and whether without the items of imports (FeedStart.skip_imported). */
  private static String subject(String jurisdiction, boolean withImported) {
    return "feed:"
        + (jurisdiction == null ? "all" : jurisdiction)
        + (withImported ? "" : " without imports");
  }
}
