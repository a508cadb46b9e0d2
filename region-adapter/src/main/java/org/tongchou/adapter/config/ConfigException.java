package org.tongchou.adapter.config;

import java.util.List;

/**
 * The configuration cannot be used, for the reasons listed: every problem found at once, so that an
 * operator fixes the file in one go rather than one error per start.
 */
public final class ConfigException extends Exception {

  private final List<String> problems;

  /**
   * @param problems one line per problem, naming the key (and the variable that set it, if one did)
   */
  public ConfigException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** A single problem. */
  public ConfigException(String problem) {
    this(List.of(problem));
  }

  /** One line per problem. */
  public List<String> problems() {
    return problems;
  }
}
