package org.tongchou.adapter.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code region-adapter run} in a JVM of its own, on the test's class path, so that a test can end
 * it with a real {@code kill -9}: no shutdown hook, no finally block, no flush runs.
 */
final class AdapterProcess implements AutoCloseable {

  private static final Duration AT_MOST = Duration.ofSeconds(30); // against hangs

  private final Process process;
  private final Path log;

  private AdapterProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code run --config config}; its stderr (the log) goes to {@code log}. */
  static AdapterProcess run(Path config, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1", // starts sooner; the test measures nothing
                "-cp",
                classPath(),
                "org.tongchou.adapter.cli.RegionAdapter",
                "run",
                "--config",
                config.toString())
            .directory(config.getParent().toFile())
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new AdapterProcess(builder.start(), log);
  }

  /** The test JVM's own class path (Surefire and Failsafe name it in a property of their own). */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** {@code kill -9 <pid>}: the JVM dies wherever it is. Waits until it is gone. */
  void kill9() throws Exception {
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid())).inheritIO().start();
    if (!kill.waitFor(AT_MOST.toSeconds(), TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -9 " + pid() + " failed");
    }
    if (!process.waitFor(AT_MOST.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException("adapter process " + pid() + " outlived kill -9");
    }
  }

  /** Stops it as an operator's SIGTERM does, and waits. */
  void terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(AT_MOST.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** Waits for it to end by itself; its exit code, or empty if it still runs after {@code wait}. */
  java.util.OptionalInt awaitExit(Duration wait) throws InterruptedException {
    return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)
        ? java.util.OptionalInt.of(process.exitValue())
        : java.util.OptionalInt.empty();
  }

  /** What it logged so far. */
  String log() throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  /** Its log lines that contain {@code text}. */
  List<String> logLines(String text) throws IOException {
    return log().lines().filter(line -> line.contains(text)).toList();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      terminate();
    }
  }
}
