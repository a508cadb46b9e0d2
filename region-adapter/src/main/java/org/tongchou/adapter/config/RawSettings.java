package org.tongchou.adapter.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The values as given, the environment over the file over the defaults, converted one key at a
 * time. Collects every problem instead of stopping at the first.
 */
final class RawSettings {

  private final Properties file;
  private final Path baseDir;
  private final Map<String, String> env;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param baseDir the configuration file's folder, against which the file's relative paths resolve
   */
  RawSettings(Properties file, Path baseDir, Map<String, String> env) {
    this.file = file;
    this.baseDir = baseDir;
    this.env = env;
  }

  /** The value, or "" after noting a problem when a required key has none. */
  String text(ConfigKey key) {
    String fromEnv = env.get(key.envName());
    if (fromEnv != null) {
      return fromEnv.strip(); // set, even if empty: an empty password is a value
    }
    String fromFile = file.getProperty(key.key());
    if (fromFile != null && !fromFile.isBlank()) {
      return fromFile.strip();
    }
    return key.defaultValue()
        .orElseGet(
            () -> {
              problems.add("missing " + key.key() + " (or " + key.envName() + ")");
              return "";
            });
  }

  int integer(ConfigKey key, int min, int max) {
    String text = text(key);
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    problem(key, "must be a whole number from " + min + " to " + max + ", was \"" + text + "\"");
    return min;
  }

  Duration duration(ConfigKey key, Duration min, Duration max) {
    String text = text(key);
    Duration value = Durations.parse(text);
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      problem(
          key,
          "must be a duration such as 500ms, 2s or 5m, from "
              + min.toMillis()
              + " ms to "
              + max.toSeconds()
              + " s, was \""
              + text
              + "\"");
      return min;
    }
    return value;
  }

  /** A key that is {@code true} or {@code false}; anything else is a problem. */
  boolean bool(ConfigKey key) {
    String text = text(key);
    if (!text.equals("true") && !text.equals("false")) {
      problem(key, "must be true or false");
    }
    return text.equals("true");
  }

  /**
   * A path; one from the file is relative to the file's folder, one from the environment to the
   * working directory.
   */
  Path path(ConfigKey key) {
    Path path = Path.of(text(key));
    return env.containsKey(key.envName()) ? path : baseDir.resolve(path);
  }

  /** Notes a problem with the key's value, naming where the value came from. */
  void problem(ConfigKey key, String what) {
    String source = env.containsKey(key.envName()) ? key.envName() : key.key();
    problems.add(source + " " + what);
  }

  void problem(String what) {
    problems.add(what);
  }

  List<String> problems() {
    return problems;
  }
}
