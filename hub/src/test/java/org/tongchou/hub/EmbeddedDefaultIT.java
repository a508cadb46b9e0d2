package org.tongchou.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FactOutcome;

/** The zero-setup default: H2 in file mode under a data folder, kept across restarts. */
class EmbeddedDefaultIT {

  static ConfigurableApplicationContext startEmbedded(Path dataDir) {
    return new SpringApplicationBuilder(HubApplication.class)
        .run(
            "--tongchou.data-dir=" + dataDir,
            "--tongchou.grpc.port=0",
            "--tongchou.grpc.address=127.0.0.1",
            "--server.port=0");
  }

  @Test
  void theHubStartsOnH2InItsDataFolderAndKeepsFactsAndItsPersonKeySecretAcrossRestarts(
      @TempDir Path dataDir) {
    String id = IdNumbers.woman("410102");
    FactOutcome first;
    String token;
    try (ConfigurableApplicationContext hub = startEmbedded(dataDir);
        HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
      assertThat(hub.getEnvironment().getProperty("spring.datasource.url"))
          .startsWith("jdbc:h2:file:");
      first = wuxi.submitOne(Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01"));
      assertThat(first.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
      token =
          hub.getBean(org.tongchou.hub.access.app.CredentialStore.class)
              .issue(Facts.HENAN, "henan");
    }
    assertThat(Files.exists(dataDir.resolve("hub.mv.db"))).isTrue();
    assertThat(Files.exists(dataDir.resolve("person-key.secret"))).isTrue();

    try (ConfigurableApplicationContext hub = startEmbedded(dataDir);
        HubClient henan = new HubClient(TestHub.grpcPort(hub), token)) {
      // A timeline shows each fact's receipt as Submit answered it, signature and all, after a
      // restart too.
      assertThat(henan.timeline(id).getFacts(0).getReceipt()).isEqualTo(first.getReceipt());
    }
  }
}
