package org.tongchou.hub.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.hub.testing.PostgresHub;

/**
 * The clock check against the real PostgreSQL. That this hub started at all shows a node on the
 * machine's (synchronised) clock passes the guard.
 */
@PostgresHub
class DatabaseClockIT {

  @Autowired DataSource dataSource;

  @Test
  void aNodeOnTheMachinesClockAgreesWithThePostgresqlServerWithinTheAllowance() throws Exception {
    ClockSkew skew = new DatabaseClock(dataSource, Clock.systemUTC()).skew().orElseThrow();

    assertThat(skew.refusal(Duration.ofSeconds(5), "db")).isEmpty();
  }

  @Test
  void aNodeWhoseClockIsTenMinutesAheadIsRefusedWithTheReason() {
    Clock tenMinutesAhead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));

    assertThatThrownBy(
            () ->
                DatabaseClockGuard.check(
                    new DatabaseClock(dataSource, tenMinutesAhead),
                    Duration.ofSeconds(5),
                    "dataSource"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("s ahead of the database's (data source dataSource)")
        .hasMessageContaining("tongchou.clock.max-skew");
  }

  @Test
  void aNodeWhoseClockIsTenMinutesBehindIsRefusedWithTheReason() {
    Clock tenMinutesBehind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));

    assertThatThrownBy(
            () ->
                DatabaseClockGuard.check(
                    new DatabaseClock(dataSource, tenMinutesBehind),
                    Duration.ofSeconds(5),
                    "dataSource"))
        .hasMessageContaining("s behind the database's");
  }
}
