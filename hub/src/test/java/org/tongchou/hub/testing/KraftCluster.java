package org.tongchou.hub.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka cluster (KRaft, each node broker and controller), each node its own JVM process run
 * from the Kafka server jars on the test class path, with the production replication settings
 * (replication factor 3, min.insync.replicas 2). A node can be killed ({@code kill -9}: no
 * controlled shutdown, requests in flight are cut) and started again on its ports and data, as a
 * broker fails in production. The in-JVM {@link KraftBroker} can only shut down cleanly, which
 * hides the failure of issue #16.
 */
public final class KraftCluster implements AutoCloseable {

  private final List<Node> nodes;

  private KraftCluster(List<Node> nodes) {
    this.nodes = nodes;
  }

  /** Formats fresh log directories and starts every node; returns once a quorum answers. */
  public static KraftCluster start(int size) {
    try {
      String clusterId = Uuid.randomUuid().toString();
      List<Node> nodes = new ArrayList<>();
      for (int id = 1; id <= size; id++) {
        nodes.add(
            new Node(
                id,
                Files.createTempDirectory("tongchou-kraft-" + id + "-"),
                freePort(),
                freePort()));
      }
      String voters =
          nodes.stream()
              .map(n -> n.id + "@127.0.0.1:" + n.controllerPort)
              .collect(Collectors.joining(","));
      for (Node node : nodes) {
        node.voters = voters;
        node.replicas = size;
        new Formatter()
            .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
            .setNodeId(node.id)
            .setClusterId(clusterId)
            .setDirectories(List.of(node.logDir.toString()))
            .setMetadataLogDirectory(node.logDir.toString())
            .setControllerListenerName("CONTROLLER")
            .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
            .run();
      }
      // Started together: a controller waits for a quorum of voters before it answers.
      nodes.forEach(Node::start);
      KraftCluster cluster = new KraftCluster(nodes);
      cluster.awaitNodes(size);
      return cluster;
    } catch (Exception e) {
      throw new IllegalStateException("the test cluster did not start", e);
    }
  }

  public String bootstrapServers() {
    return nodes.stream().map(n -> "127.0.0.1:" + n.port).collect(Collectors.joining(","));
  }

  /** Kills node {@code id} (1-based) like {@code kill -9}: its leaderships move to the others. */
  public void kill(int id) {
    nodes.get(id - 1).kill();
  }

  /** Starts node {@code id} again on its ports and data (see {@link #awaitNodes}). */
  public void restart(int id) {
    nodes.get(id - 1).start();
  }

  /** Waits until {@code count} brokers are registered and unfenced. */
  public void awaitNodes(int count) {
    long until = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
    try (org.apache.kafka.clients.admin.Admin admin =
        org.apache.kafka.clients.admin.Admin.create(
            java.util.Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                org.apache.kafka.clients.admin.AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                2000,
                org.apache.kafka.clients.admin.AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                3000))) {
      while (System.nanoTime() < until) {
        try {
          if (admin.describeCluster().nodes().get().size() >= count) {
            return;
          }
        } catch (Exception notYet) {
          // not answering yet
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("the test cluster did not get " + count + " brokers");
  }

  public List<Integer> ids() {
    return IntStream.rangeClosed(1, nodes.size()).boxed().toList();
  }

  @Override
  public void close() {
    nodes.forEach(Node::kill);
    for (Node node : nodes) {
      try (Stream<Path> files = Files.walk(node.logDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static final class Node {
    final int id;
    final Path logDir;
    final int port;
    final int controllerPort;
    String voters;
    int replicas;
    Process process;

    Node(int id, Path logDir, int port, int controllerPort) {
      this.id = id;
      this.logDir = logDir;
      this.port = port;
      this.controllerPort = controllerPort;
    }

    synchronized void start() {
      if (process != null && process.isAlive()) {
        return;
      }
      try {
        Path config = logDir.resolve("server.properties");
        try (var out = Files.newOutputStream(config)) {
          properties().store(out, "test node " + id);
        }
        process =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "kafka.Kafka",
                    config.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                    ProcessBuilder.Redirect.appendTo(logDir.resolve("node.log").toFile()))
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    synchronized void kill() {
      if (process != null) {
        process.destroyForcibly();
        try {
          process.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        process = null;
      }
    }

    private Properties properties() {
      Properties p = new Properties();
      p.put("process.roles", "broker,controller");
      p.put("node.id", Integer.toString(id));
      p.put("controller.quorum.voters", voters);
      p.put(
          "listeners",
          "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
      p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
      p.put("controller.listener.names", "CONTROLLER");
      p.put("inter.broker.listener.name", "PLAINTEXT");
      p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
      p.put("log.dirs", logDir.toString());
      p.put("auto.create.topics.enable", "false");
      p.put("default.replication.factor", Integer.toString(replicas));
      p.put("min.insync.replicas", Integer.toString(Math.min(2, replicas)));
      p.put("offsets.topic.replication.factor", Integer.toString(replicas));
      p.put("offsets.topic.num.partitions", "1");
      p.put("transaction.state.log.replication.factor", Integer.toString(replicas));
      p.put("transaction.state.log.min.isr", Integer.toString(Math.min(2, replicas)));
      p.put("transaction.state.log.num.partitions", "3");
      p.put("group.initial.rebalance.delay.ms", "0");
      p.put("unclean.leader.election.enable", "false");
      return p;
    }
  }
}
