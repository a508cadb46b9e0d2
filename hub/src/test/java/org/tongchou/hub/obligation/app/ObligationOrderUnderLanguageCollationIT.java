package org.tongchou.hub.obligation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.testing.TestHub;

/**
 * Production databases are often created with a language's collation (en_US.UTF-8, ICU), under
 * which {@code ORDER BY} ignores case and punctuation first. The drill-down pages by obligation id
 * compared in Java, and the CSV must not depend on the database it was made on: the order of
 * obligations is Java's wherever they are stored. The test database uses C.UTF-8, which hides the
 * difference, so this test makes a database with ICU's en-US collation of its own.
 */
class ObligationOrderUnderLanguageCollationIT {

  /** Named after the suite's own test database, so that parallel suites each make their own. */
  static final String DATABASE =
      TestHub.POSTGRES_URL
              .substring(TestHub.POSTGRES_URL.lastIndexOf('/') + 1)
              .replaceAll("\\?.*", "")
          + "_icu";

  static JdbcTemplate jdbc;

  @BeforeAll
  static void aDatabaseWithEnUsCollationAndTheHubsSchema() {
    JdbcTemplate admin = new JdbcTemplate(dataSource(TestHub.POSTGRES_URL));
    admin.execute("DROP DATABASE IF EXISTS " + DATABASE);
    admin.execute(
        "CREATE DATABASE "
            + DATABASE
            + " TEMPLATE template0 ENCODING 'UTF8' "
            + "LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'");
    String url =
        TestHub.POSTGRES_URL.substring(0, TestHub.POSTGRES_URL.lastIndexOf('/') + 1) + DATABASE;
    DriverManagerDataSource icu = dataSource(url);
    Flyway.configure()
        .dataSource(icu)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();
    jdbc = new JdbcTemplate(icu);
  }

  static DriverManagerDataSource dataSource(String url) {
    return new DriverManagerDataSource(url, "tongchou", "tongchou");
  }

  @Test
  void givenIdsThatEnUsSortsOtherwiseWhenReadThenTheyComeInJavasOrder() {
    List<String> ids =
        List.of(
            "certificate-verification/320211/a-1#1",
            "certificate-verification/320211/a-1-b#1",
            "certificate-verification/320211/B1#1",
            "certificate-verification/320211/a2#1");
    ids.forEach(ObligationOrderUnderLanguageCollationIT::store);
    assertThat(
            jdbc.queryForList(
                "SELECT obligation_id FROM obligation_view WHERE kind = 'certificate-verification' "
                    + "ORDER BY obligation_id",
                String.class))
        .as("the database's own order differs, or this test proves nothing")
        .isNotEqualTo(ids.stream().sorted().toList());

    List<String> read =
        new ObligationViews(jdbc)
            .dueIn(List.of("320211"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).stream()
                .map(ObligationRow::obligationId)
                .toList();

    assertThat(read).containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  @Test
  void givenIdsThatEnUsSortsOtherwiseWhenReadOnePageAtATimeByKeyThenThePagesFollowJavasOrder() {
    List<String> ids =
        List.of(
            "verification-answer/320213/a-1#1",
            "verification-answer/320213/a-1-b#1",
            "verification-answer/320213/B1#1",
            "verification-answer/320213/a2#1",
            "verification-answer/320213/a#1");
    ids.forEach(id -> store(jdbc, id, "verification-answer", "320213"));

    assertThat(pagesOfOne(new ObligationViews(jdbc)))
        .containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  @Test
  void givenTheSameIdsOnH2WhenReadOnePageAtATimeByKeyThenThePagesFollowJavasOrder() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource("jdbc:h2:mem:keyset_order;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure()
        .dataSource(h2)
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .load()
        .migrate();
    JdbcTemplate onH2 = new JdbcTemplate(h2);
    List<String> ids =
        List.of(
            "verification-answer/320213/a-1#1",
            "verification-answer/320213/a-1-b#1",
            "verification-answer/320213/B1#1",
            "verification-answer/320213/a2#1",
            "verification-answer/320213/a#1");
    ids.forEach(id -> store(onH2, id, "verification-answer", "320213"));

    assertThat(pagesOfOne(new ObligationViews(onH2)))
        .containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  /**
   * Every verification answer of 2026 that 320213 owes (the other test's rows are 320211's), read
   * by key one row at a time.
   */
  static List<String> pagesOfOne(ObligationViews views) {
    List<String> read = new java.util.ArrayList<>();
    String after = "";
    while (true) {
      List<ObligationRow> page =
          views.dueInAfter(
              List.of("320213"),
              LocalDate.of(2026, 1, 1),
              LocalDate.of(2026, 12, 31),
              "verification-answer",
              org.tongchou.hub.policy.domain.Side.INFLOW,
              false,
              after,
              1);
      if (page.isEmpty()) {
        return read;
      }
      after = page.get(0).obligationId();
      read.add(after);
    }
  }

  static void store(String id) {
    store(jdbc, id, "certificate-verification", "320211");
  }

  static void store(JdbcTemplate jdbc, String id, String kind, String responsible) {
    jdbc.update(
        "INSERT INTO obligation_view (obligation_id, person_key, kind, side, responsible, owed, "
            + "opens_on, due_on, policy_version, status, last_position) VALUES (?, 'p', ?, "
            + "'inflow', ?, '410102', DATE '2026-03-01', DATE '2026-03-31', 'national-2009.1', 'open', 1)",
        id,
        kind,
        responsible);
  }
}
