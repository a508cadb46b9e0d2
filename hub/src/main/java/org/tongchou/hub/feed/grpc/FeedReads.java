package org.tongchou.hub.feed.grpc;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.accesslog.app.AccessLog;

/**
 * A feed is a read of personal data, so it goes in the access log: once when it opens (whose feed,
 * from which position: recorded before the first item is sent) and once when it ends (up to which
 * position, how many entries went out). A feed is deterministic — what concerns a jurisdiction
 * between two positions — so the two entries name exactly what was delivered, without an entry per
 * item (an append takes a row lock, and a live feed sends every few milliseconds).
 */
@Component
class FeedReads {

  static final String ACTION = "RegionSync.Subscribe";
  private static final Logger LOG = LoggerFactory.getLogger(FeedReads.class);

  private final AccessLog log;

  FeedReads(AccessLog log) {
    this.log = log;
  }

  /**
   * Logs the opening; the refusal to send when it could not be logged (nothing goes out unlogged),
   * else null.
   */
  RuntimeException opening(Caller caller, String jurisdiction, long after) {
    try {
      log.record(caller, ACTION, List.of(subject(jurisdiction) + " after " + after), "");
      return null;
    } catch (RuntimeException e) {
      return FeedErrors.unavailable(e);
    }
  }

  /** Logs how far a feed went; a failure here is reported, since what it sent is already out. */
  void closed(Caller caller, String jurisdiction, long after, long upTo, long entries) {
    try {
      log.record(
          caller,
          ACTION,
          List.of(
              subject(jurisdiction)
                  + " delivered "
                  + after
                  + ".."
                  + upTo
                  + " ("
                  + entries
                  + " entries)"),
          "");
    } catch (RuntimeException e) {
      LOG.error(
          "the end of {}'s feed ({}..{}, {} entries) could not be recorded in the access log",
          caller.describe(),
          after,
          upTo,
          entries,
          e);
    }
  }

  private static String subject(String jurisdiction) {
    return "feed:" + (jurisdiction == null ? "all" : jurisdiction);
  }
}
