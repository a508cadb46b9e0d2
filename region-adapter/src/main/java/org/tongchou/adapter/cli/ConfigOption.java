package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.config.ConfigException;
import org.tongchou.adapter.config.ConfigLoader;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the options of the commands that work on a region's database. */
final class ConfigOption {

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description =
          "The adapter's configuration (.properties, see examples/adapter.properties). Every key can be"
              + " overridden by an environment variable: TONGCHOU_ + the key in upper case, dots and dashes as"
              + " underscores (local-db.url: TONGCHOU_LOCAL_DB_URL).")
  Path file;

  /** The configuration, or null after printing every problem to {@code err}. */
  AdapterConfig load(String command, PrintWriter err) {
    try {
      return new ConfigLoader(System.getenv()).load(file);
    } catch (ConfigException e) {
      problems(command, e, err);
      return null;
    }
  }

  static void problems(String command, ConfigException e, PrintWriter err) {
    err.println(command + ": the configuration cannot be used:");
    e.problems().forEach(p -> err.println("  " + p));
  }
}
