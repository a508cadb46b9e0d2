package org.tongchou.hub.replay.app;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.assessment.app.AssessmentCsv;
import org.tongchou.hub.assessment.app.Scorecards;
import org.tongchou.hub.assessment.domain.Scorecard;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.domain.PublishedScorecard;

/**
 * Publishes scorecards into {@code published_scorecard}: computed from the live read models once
 * they are current, stored as the exact CSV bytes an export gives, never changed afterwards.
 */
@Repository
public class PublishedScorecards {

  private static final String COLUMNS =
      "id, region, period, published_by, published_at, log_position, " + "policy_versions, sha256";

  private final JdbcTemplate jdbc;
  private final Scorecards scorecards;
  private final ReadModels readModels;
  private final RegionDirectory regions;
  private final Clock clock;

  PublishedScorecards(
      JdbcTemplate jdbc,
      Scorecards scorecards,
      ReadModels readModels,
      RegionDirectory regions,
      Clock clock) {
    this.jdbc = jdbc;
    this.scorecards = scorecards;
    this.readModels = readModels;
    this.regions = regions;
    this.clock = clock;
  }

  public PublishedScorecard publish(String region, CoveragePeriod.Labelled period, String office) {
    readModels.awaitCurrent(Duration.ofSeconds(10));
    // Taken before and after computing: equal, the scorecard is exactly the log up to it.
    long position;
    List<Scorecard> cards;
    do {
      position = readModels.position();
      cards = scorecards.of(region, period, false);
    } while (readModels.position() != position);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    byte[] csv = AssessmentCsv.scorecards(cards, regions);
    List<String> versions = cards.stream().map(Scorecard::policyVersion).distinct().toList();
    for (int attempt = 0; ; attempt++) {
      int seq =
          jdbc.queryForObject(
              "SELECT COALESCE(MAX(seq), 0) + 1 FROM published_scorecard "
                  + "WHERE region = ? AND period = ?",
              Integer.class,
              region,
              period.label());
      String id = region + "/" + period.label() + "/" + seq;
      try {
        jdbc.update(
            "INSERT INTO published_scorecard (id, region, period, seq, published_by, published_at, "
                + "log_position, policy_versions, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            region,
            period.label(),
            seq,
            office,
            Timestamp.from(at),
            position,
            String.join(",", versions),
            EventHashes.sha256(csv),
            csv);
        return new PublishedScorecard(
            id,
            region,
            period.label(),
            office,
            at,
            position,
            versions,
            EventHashes.sha256(csv),
            csv);
      } catch (DuplicateKeyException e) {
        if (attempt > 5) {
          throw e; // another office kept publishing the same scorecard at the same moment
        }
      }
    }
  }

  public Optional<PublishedScorecard> find(String id) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + ", content FROM published_scorecard WHERE id = ?",
            (rs, n) -> row(rs, rs.getBytes(9)),
            id)
        .stream()
        .findFirst();
  }

  /** A division's publications (of one period, or all when null), newest first, without content. */
  public List<PublishedScorecard> of(String region, String period) {
    return period == null
        ? jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM published_scorecard WHERE region = ? "
                + "ORDER BY published_at DESC, id DESC",
            (rs, n) -> row(rs, null),
            region)
        : jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM published_scorecard WHERE region = ? AND period = ? "
                + "ORDER BY published_at DESC, id DESC",
            (rs, n) -> row(rs, null),
            region,
            period);
  }

  private static PublishedScorecard row(ResultSet rs, byte[] content) throws SQLException {
    return new PublishedScorecard(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getTimestamp(5).toInstant(),
        rs.getLong(6),
        Arrays.asList(rs.getString(7).split(",")),
        rs.getString(8),
        content);
  }
}
