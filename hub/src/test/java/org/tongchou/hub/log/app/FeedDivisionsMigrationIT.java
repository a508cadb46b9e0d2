package org.tongchou.hub.log.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tongchou.hub.testing.TestHub;

/**
 * The feed's route rows of a store written before issue #15 become the divisions of their entries,
 * and the route table goes: a division's feed reads the same entries after the migration.
 */
class FeedDivisionsMigrationIT {

  @Test
  void givenRouteRowsWhenMigratedThenEachEntryCarriesItsDivisionsAndTheRoutesAreGone() {
    String schema = "feed_divisions_" + UUID.randomUUID().toString().substring(0, 8);
    DriverManagerDataSource data =
        new DriverManagerDataSource(
            TestHub.POSTGRES_URL + "?currentSchema=" + schema, "tongchou", "tongchou");
    Flyway.configure()
        .dataSource(data)
        .schemas(schema)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .target("21")
        .load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(data);
    jdbc.update("INSERT INTO feed_entry (position, global_index, person_key) VALUES (1, 10, 'p1')");
    jdbc.update("INSERT INTO feed_entry (position, global_index, person_key) VALUES (2, 11, 'p2')");
    jdbc.update("INSERT INTO feed_entry (position, global_index, person_key) VALUES (3, 12, 'p3')");
    for (String region : List.of("320211", "320200", "320000", "410102", "410100", "410000")) {
      jdbc.update("INSERT INTO feed_route (region, position) VALUES (?, 1)", region);
    }
    jdbc.update("INSERT INTO feed_route (region, position) VALUES ('320000', 2)");

    Flyway.configure()
        .dataSource(data)
        .schemas(schema)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();

    assertThat(
            jdbc.queryForList(
                "SELECT array_to_string(divisions, ',') FROM feed_entry ORDER BY position",
                String.class))
        .containsExactly("320000,320200,320211,410000,410100,410102", "320000", "");
    assertThat(
            jdbc.queryForList(
                "SELECT position FROM feed_entry WHERE divisions @> ARRAY[320000] ORDER BY position",
                Long.class))
        .containsExactly(1L, 2L);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.tables "
                    + "WHERE table_schema = ? AND table_name = 'feed_route'",
                Long.class,
                schema))
        .isZero();
    jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
  }
}
