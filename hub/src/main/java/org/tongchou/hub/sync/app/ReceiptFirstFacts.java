package org.tongchou.hub.sync.app;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.accesslog.app.FirstFacts;
import org.tongchou.hub.platform.jdbc.ArrayQueries;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * A region's first fact about a person, from the receipts of accepted facts: every fact a region
 * pushed has one, under the division it reported in, with the person's key and when it was
 * recorded. One query by the receipts' person index for a page of the access log.
 */
@Repository
class ReceiptFirstFacts implements FirstFacts {

  private final ArrayQueries arrays;
  private final RegionDirectory regions;

  ReceiptFirstFacts(JdbcTemplate jdbc, RegionDirectory regions) {
    this.arrays = new ArrayQueries(jdbc);
    this.regions = regions;
  }

  @Override
  public Map<String, Instant> firstReported(String jurisdiction, Collection<String> subjects) {
    Map<String, Instant> first = new HashMap<>();
    if (subjects.isEmpty()) {
      return first;
    }
    arrays.query(
        "SELECT person_key, MIN(recorded_at) FROM fact_receipt "
            + "WHERE person_key = ANY(?) AND region = ANY(?) GROUP BY person_key",
        rs -> {
          first.put(rs.getString(1), rs.getTimestamp(2).toInstant());
        },
        subjects,
        regions.subtree(jurisdiction));
    return first;
  }
}
