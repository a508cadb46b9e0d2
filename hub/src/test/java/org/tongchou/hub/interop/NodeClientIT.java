package org.tongchou.hub.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;

/**
 * The wire contract does not depend on Java: a Node gRPC client built from nothing but the .proto
 * files (src/test/node/interop.js, on @grpc/grpc-js and @grpc/proto-loader) submits facts, gets a
 * refusal with field violations and reads the feed of the hub under test.
 *
 * <p>The Node packages are installed by test.sh ({@code npm ci} in src/test/node); a missing
 * install fails this test rather than skipping it. The google/rpc .proto files the contract imports
 * are not in this repository: they are copied from the proto-google-common-protos jar on the test
 * classpath, the same definitions the hub is built against.
 */
@PostgresHub
class NodeClientIT {

  static final Path NODE_DIR = Path.of("src/test/node").toAbsolutePath();
  static final Path REPO_PROTOS = Path.of("../proto/src/main/proto").toAbsolutePath().normalize();

  /**
   * What the contract imports from google/rpc: status.proto, and error_details.proto for its
   * details.
   */
  static final List<String> GOOGLE_RPC_PROTOS =
      List.of("google/rpc/status.proto", "google/rpc/error_details.proto", "google/rpc/code.proto");

  static final long TIMEOUT_SECONDS = 90;

  @Autowired ApplicationContext context;

  @Test
  void aNodeClientSubmitsGetsARefusalWithFieldViolationsAndReadsTheFeed(@TempDir Path temp)
      throws IOException, InterruptedException {
    requireNodePackages();
    Path googleProtos = copyGoogleRpcProtos(temp.resolve("protos"));
    String token = context.getBean(CredentialStore.class).issue(Facts.WUXI, "node-interop");

    ProcessBuilder node =
        new ProcessBuilder("node", "interop.js")
            .directory(NODE_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("node.log").toFile());
    // The token goes in the environment rather than the command line, out of sight of `ps`.
    node.environment().put("TONGCHOU_HUB", "127.0.0.1:" + TestHub.grpcPort(context));
    node.environment().put("TONGCHOU_TOKEN", token);
    // The feed from just before the client's fact: the shared test database holds thousands of
    // earlier items, which a loaded machine may not read within the client's timeout.
    node.environment()
        .put(
            "TONGCHOU_FEED_AFTER",
            Long.toString(context.getBean(org.tongchou.hub.feed.app.FeedReader.class).head()));
    node.environment()
        .put(
            "TONGCHOU_PROTO_PATH",
            String.join(
                java.io.File.pathSeparator, REPO_PROTOS.toString(), googleProtos.toString()));

    Process process = start(node);
    boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String output = Files.readString(temp.resolve("node.log"), StandardCharsets.UTF_8);
    System.out.print(output);

    assertThat(finished)
        .as("node interop.js finished within %d s; output:%n%s", TIMEOUT_SECONDS, output)
        .isTrue();
    assertThat(process.exitValue())
        .as("exit code of node interop.js; output:%n%s", output)
        .isZero();
    assertThat(output)
        .contains("ok submit accepted", "ok refusal names person.idNumber")
        .containsPattern("ok feed delivered node-interop-\\S+ at position [1-9][0-9]*");
  }

  /** A missing npm install is a failure, never a skipped test. */
  static void requireNodePackages() {
    for (String dependency : List.of("@grpc/grpc-js", "@grpc/proto-loader")) {
      if (!Files.isRegularFile(
          NODE_DIR.resolve("node_modules").resolve(dependency).resolve("package.json"))) {
        fail(
            "Node package %s is not installed in %s: run `npm ci --no-audit --no-fund` there first"
                + " (test.sh does this before `mvn verify`)",
            dependency, NODE_DIR);
      }
    }
  }

  static Process start(ProcessBuilder node) {
    try {
      return node.start();
    } catch (IOException e) {
      return fail(
          "cannot run `node` (%s): install Node.js (test.sh does this with apt-get)",
          e.getMessage());
    }
  }

  /**
   * Copies the google/rpc .proto files from the classpath into {@code dir}, an include dir for
   * node.
   */
  static Path copyGoogleRpcProtos(Path dir) throws IOException {
    for (String name : GOOGLE_RPC_PROTOS) {
      try (InputStream in = NodeClientIT.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          fail(
              "%s is not on the test classpath (expected in com.google.api.grpc:proto-google-common-protos)",
              name);
        }
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      }
    }
    return dir;
  }
}
