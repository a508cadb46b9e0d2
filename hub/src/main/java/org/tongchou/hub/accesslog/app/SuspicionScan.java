package org.tongchou.hub.accesslog.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.tongchou.hub.accesslog.domain.AccessEntry;
import org.tongchou.hub.accesslog.domain.Suspicions;

/**
 * Runs the detection rules ({@link Suspicions}) over a window of the log, a page at a time: for
 * each page it asks {@link FirstFacts} once per reader's jurisdiction about the persons the page's
 * reads name, so that the rule of reads after a first fact costs a query per page, not per entry.
 */
@Service
public class SuspicionScan {

  private final AccessLogReader reader;
  private final FirstFacts firstFacts;

  SuspicionScan(AccessLogReader reader, FirstFacts firstFacts) {
    this.reader = reader;
    this.firstFacts = firstFacts;
  }

  /**
   * The findings over {@code window} (its reader filter ignored) about {@code credential} when it
   * is not null, else about everyone. A credential's own entries are read by its index; contests
   * are read apart, since they are tallied for the arrival's division, not for the owner that
   * contested.
   */
  public List<Suspicions.Finding> scan(
      AccessLogQuery window, Suspicions.Settings settings, String credential) {
    Suspicions found = new Suspicions(settings);
    if (credential == null) {
      feed(withReader(window, null, null), found, false);
    } else {
      feed(withReader(window, credential, null), found, true);
      feed(withReader(window, null, Suspicions.CONTEST), found, false);
    }
    return found.findings().stream()
        .filter(f -> credential == null || f.reader().equals(credential))
        .toList();
  }

  private void feed(AccessLogQuery query, Suspicions found, boolean skipContests) {
    long after = query.afterSequence();
    while (true) {
      List<AccessEntry> page = reader.page(query, after);
      Map<String, Map<String, Instant>> known = firstFactsOf(page);
      for (AccessEntry entry : page) {
        if (skipContests && entry.action().equals(Suspicions.CONTEST)) {
          continue;
        }
        found.accept(
            entry,
            entry.jurisdiction() == null
                ? Map.of()
                : known.getOrDefault(entry.jurisdiction(), Map.of()));
      }
      if (page.size() < AccessLogReader.PAGE) {
        return;
      }
      after = page.get(page.size() - 1).sequence();
    }
  }

  /** For each reader's jurisdiction on the page, when it first reported the persons it read. */
  private Map<String, Map<String, Instant>> firstFactsOf(List<AccessEntry> page) {
    Map<String, Set<String>> asked = new HashMap<>();
    for (AccessEntry entry : page) {
      if (Suspicions.asksFirstFacts(entry)) {
        asked
            .computeIfAbsent(entry.jurisdiction(), j -> new LinkedHashSet<>())
            .addAll(entry.subjects());
      }
    }
    Map<String, Map<String, Instant>> known = new HashMap<>();
    asked.forEach(
        (jurisdiction, subjects) ->
            known.put(
                jurisdiction, firstFacts.firstReported(jurisdiction, new ArrayList<>(subjects))));
    return known;
  }

  private static AccessLogQuery withReader(AccessLogQuery q, String credential, String action) {
    return new AccessLogQuery(
        q.afterSequence(),
        q.upToSequence(),
        q.from(),
        q.to(),
        credential,
        q.subject(),
        q.deliveriesOnly(),
        q.jurisdictions(),
        action);
  }
}
