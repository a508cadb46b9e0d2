package org.tongchou.hub.platform.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.CuttableProxy;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FactOutcome;

/**
 * The database goes away under a running hub (its connections dropped and refused, through a relay
 * in front of the real PostgreSQL): Submit and Subscribe answer UNAVAILABLE with {@code
 * STORE_UNAVAILABLE}, so that adapters retry, and the hub says so in one WARN line per call, not at
 * ERROR with a stack trace, which is kept for defects. When the database is back, so is the hub.
 */
class StorageOutageIT {

  ConfigurableApplicationContext hub;
  CuttableProxy database;
  ListAppender<ILoggingEvent> logged = new ListAppender<>();
  Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  List<HubClient> clients = new ArrayList<>();

  @BeforeEach
  void aHubWhoseDatabaseIsBehindARelay() throws Exception {
    String[] schema = TestHub.inFreshSchema("outage");
    String direct =
        TestHub.POSTGRES_URL.replaceFirst("^jdbc:postgresql://([^:/]+):(\\d+)/.*", "$1 $2");
    database = new CuttableProxy(direct.split(" ")[0], Integer.parseInt(direct.split(" ")[1]));
    schema[0] = schema[0].replaceFirst("//[^/]+/", "//127.0.0.1:" + database.port() + "/");
    List<String> args = new ArrayList<>(List.of(schema));
    // A call waits at most this long for a connection before it is answered UNAVAILABLE.
    args.add("--spring.datasource.hikari.connection-timeout=2000");
    hub = TestHub.startOnPostgres(new Class<?>[] {}, args.toArray(String[]::new));
    logged.start();
    root.addAppender(logged);
  }

  @AfterEach
  void stop() throws Exception {
    root.detachAppender(logged);
    clients.forEach(HubClient::close);
    database.restore();
    hub.close();
    database.close();
  }

  HubClient wuxi() {
    HubClient client = TestHub.clientFor(hub, Facts.WUXI);
    clients.add(client);
    return client;
  }

  static void assertUnavailable(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(StatusRuntimeException.class, StorageOutageIT::isUnavailable);
  }

  static void isUnavailable(StatusRuntimeException e) {
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
        .isEqualTo("STORE_UNAVAILABLE");
  }

  @Test
  void submitAndSubscribeDuringAnOutageAreUnavailableAndLoggedAsOneWarningLineEach()
      throws Exception {
    HubClient wuxi = wuxi();
    assertThat(
            wuxi.submitOne(Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-03-01"))
                .getKind())
        .isEqualTo(FactOutcome.Kind.ACCEPTED);
    String token = hub.getBean(CredentialStore.class).issue(Role.REGION, Facts.WUXI, "wuxi-feed");
    logged.list.clear();

    database.cut();
    assertUnavailable(
        () ->
            wuxi.submitOne(
                Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-03-02")));
    try (FeedClient feed = new FeedClient(wuxi, token, 0, 100, 10_000)) {
      assertThatThrownBy(() -> feed.ended().get(60, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(StatusRuntimeException.class, StorageOutageIT::isUnavailable);
    }

    List<ILoggingEvent> ours =
        logged.list.stream().filter(e -> e.getLoggerName().startsWith("org.tongchou")).toList();
    assertThat(ours)
        .as("an outage is expected: no ERROR, no stack trace")
        .noneSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.ERROR))
        .allSatisfy(
            e -> {
              assertThat(e.getThrowableProxy()).isNull();
              assertThat(e.getFormattedMessage()).doesNotContain("\n");
            });
    assertThat(ours)
        .filteredOn(e -> e.getLoggerName().equals(GrpcErrors.class.getName()))
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(m -> assertThat(m).startsWith("storage unavailable in"));

    database.restore();
    FactOutcome after = null;
    for (int i = 0; i < 50 && after == null; i++) {
      try {
        after =
            wuxi.submitOne(
                Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-03-03"));
      } catch (StatusRuntimeException stillDown) {
        Thread.sleep(200);
      }
    }
    assertThat(after).as("the hub recovers with its database").isNotNull();
    assertThat(after.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
  }
}
