package org.tongchou.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.TestHub;

/**
 * The README walk-through's hub: the real hub on PostgreSQL in a schema of its own (so that the
 * example files' fixed record ids meet an empty store), credentials as token files, and the example
 * files pushed as Wuxi (320200) with the real {@code push} command.
 */
final class WalkthroughHub implements AutoCloseable {

  static final Path EXAMPLES = Path.of("..", "examples");
  static final String WUXI = "320200";

  final ConfigurableApplicationContext context;
  final String address;
  private final Path dir;
  private HubClient auditor;

  private WalkthroughHub(ConfigurableApplicationContext context, Path dir) {
    this.context = context;
    this.address = "127.0.0.1:" + TestHub.grpcPort(context);
    this.dir = dir;
  }

  /** Starts a hub in a fresh schema; token files go to {@code dir}. */
  static WalkthroughHub start(Path dir) {
    return new WalkthroughHub(TestHub.startOnPostgres(TestHub.inFreshSchema("walkthrough")), dir);
  }

  /** A token file for a role: a region's or an office's jurisdiction, null for an auditor. */
  Path credential(Role role, String jurisdiction, String label) throws IOException {
    String token = context.getBean(CredentialStore.class).issue(role, jurisdiction, label);
    return Files.writeString(dir.resolve(label + ".token"), token);
  }

  /** Pushes an example file as Wuxi. */
  CommandRun push(String file, Path token) {
    return CommandRun.of(
        "push",
        EXAMPLES.resolve(file).toString(),
        "--hub",
        address,
        "--region",
        WUXI,
        "--token-file",
        token.toString());
  }

  /**
   * The Assessment API as an auditor reads it, once the read models have taken in every push: what
   * the commands' output is compared with.
   */
  synchronized HubAssessment auditorsView() {
    if (auditor == null) {
      if (!context.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30))) {
        throw new AssertionError("the read models did not catch up within 30 s");
      }
      auditor = TestHub.clientAs(context, Role.AUDITOR, null);
    }
    return new HubAssessment(auditor);
  }

  @Override
  public void close() {
    if (auditor != null) {
      auditor.close();
    }
    context.close();
  }
}
