package org.tongchou.hub.access.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An operator command's words: {@code --name value} and {@code --name=value} options (operators
 * type either), bare flags, and the positional words left.
 */
public record CommandLine(List<String> words, Map<String, String> options, List<String> flags) {

  public static CommandLine parse(List<String> args) {
    List<String> words = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    List<String> flags = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-")) {
        words.add(arg);
        continue;
      }
      String name = arg.replaceFirst("^--?", "");
      int eq = name.indexOf('=');
      if (eq > 0) {
        options.put(name.substring(0, eq), name.substring(eq + 1));
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
        options.put(name, args.get(++i));
      } else {
        flags.add(name);
      }
    }
    return new CommandLine(words, options, flags);
  }

  public boolean has(String name) {
    return options.containsKey(name) || flags.contains(name);
  }

  public String option(String name) {
    return options.get(name);
  }

  /** The option, or IllegalArgumentException saying it is missing. */
  public String required(String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }

  /** Asked for help: {@code --help}, {@code -h} or {@code help}. */
  public boolean wantsHelp() {
    return flags.contains("help") || flags.contains("h") || words.contains("help");
  }

  /** The n-th positional word, or "". */
  public String word(int n) {
    return n < words.size() ? words.get(n) : "";
  }
}
