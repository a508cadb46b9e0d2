package org.tongchou.hub.sync.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FuzzedFacts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;

/**
 * Fuzzing Submit over a real gRPC channel to a hub on PostgreSQL (issue #16; deploy/fuzz.sh):
 * random and mutated facts never get INTERNAL or UNKNOWN, and a refused fact stores nothing.
 */
@Tag("fuzz")
class SubmitFuzzIT {

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void start() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("fuzz"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    jdbc = new JdbcTemplate(hub.getBean(DataSource.class));
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    hub.close();
  }

  @FuzzTest(maxDuration = "10m", maxExecutions = 1_000_000)
  void noFactGetsAnInternalErrorAndARefusedFactStoresNothing(FuzzedDataProvider data) {
    Fact fact = FuzzedFacts.from(data);
    if (fact == null) {
      return;
    }
    long before = stored();
    try {
      FactOutcome outcome = wuxi.submit(List.of(fact)).get(0);
      if (outcome.getKind() == FactOutcome.Kind.REFUSED) {
        assertThat(stored()).as("events after refusing %s", fact).isEqualTo(before);
        assertThat(outcome.getRefusal().getCode())
            .isNotIn(Status.Code.INTERNAL.value(), Status.Code.UNKNOWN.value());
      }
    } catch (StatusRuntimeException e) {
      assertThat(e.getStatus().getCode())
          .as("status for %s", fact)
          .isNotIn(Status.Code.INTERNAL, Status.Code.UNKNOWN);
      assertThat(stored()).isEqualTo(before);
    }
  }

  static long stored() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }
}
