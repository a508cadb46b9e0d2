package org.tongchou.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;

/** Tests switch metrics export off unless asked; this one asks, as production has it on. */
@PostgresHub
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
class ActuatorIT {

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext context;
  @LocalManagementPort int managementPort;

  /** Actuator's own port, on loopback, as production has it (docs/ACCESS.md, "Hardening"). */
  String actuator(String path) {
    return "http://127.0.0.1:" + managementPort + path;
  }

  @Test
  void actuatorHealthIsUpOnTheManagementPortAndNotOnTheHttpPort() {
    ResponseEntity<String> health = http.getForEntity(actuator("/actuator/health"), String.class);

    assertThat(health.getStatusCode().value()).isEqualTo(200);
    assertThat(health.getBody()).contains("\"status\":\"UP\"");
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value())
        .isNotEqualTo(200);
    assertThat(context.getEnvironment().getProperty("management.server.address"))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void prometheusMetricsCountSubmittedFactsByOutcome() {
    try (HubClient wuxi = TestHub.clientFor(context, Facts.WUXI)) {
      wuxi.submitOne(Facts.arrival(IdNumbers.man("410102"), Facts.WUXI_BINHU, "2026-03-01"));
    }

    String metrics = http.getForObject(actuator("/actuator/prometheus"), String.class);

    assertThat(metrics)
        .contains("jvm_memory_used_bytes")
        .contains("tongchou_facts_total{jurisdiction=\"320200\",outcome=\"accepted\"}")
        .contains("tongchou_submit_batch_seconds");
  }

  @Test
  void theStandardGrpcHealthServiceAnswersWithoutACredential() {
    try (HubClient anonymous = new HubClient(TestHub.grpcPort(context), null)) {
      HealthCheckResponse response =
          HealthGrpc.newBlockingStub(anonymous.channel())
              .check(HealthCheckRequest.newBuilder().setService("tongchou.v1.RegionSync").build());

      assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }
  }
}
