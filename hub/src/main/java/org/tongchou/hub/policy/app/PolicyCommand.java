package org.tongchou.hub.policy.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code hub policy load FILE} and {@code hub policy list}: the operator's way to publish a policy
 * version (the running hub takes it within seconds) and to see which versions the hub holds. Every
 * problem of a file is printed, one per line, with its path in the document.
 */
@Component
@ConditionalOnProperty(name = "tongchou.command", havingValue = "policy")
class PolicyCommand implements ApplicationRunner {

  static final String USAGE = "usage: hub policy (load FILE | list)";

  private final PolicyLibrary library;

  PolicyCommand(PolicyLibrary library) {
    this.library = library;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> words = args.getNonOptionArgs();
    if (words.size() >= 2 && words.get(1).equals("list")) {
      library
          .summaries()
          .forEach(
              s ->
                  System.out.println(
                      s.version()
                          + "  "
                          + s.scope()
                          + "  from "
                          + s.effectiveFrom()
                          + "  sha256 "
                          + s.sha256()));
      return;
    }
    if (words.size() != 3 || !words.get(1).equals("load")) {
      System.err.println(USAGE);
      throw new IllegalArgumentException(USAGE);
    }
    PolicyLibrary.Outcome outcome = library.load(read(Path.of(words.get(2))));
    if (outcome instanceof PolicyLibrary.Refused refused) {
      System.err.println("policy " + words.get(2) + " refused (" + refused.reason() + "):");
      refused
          .problems()
          .forEach(p -> System.err.println("  " + p.field() + ": " + p.description()));
      throw new IllegalArgumentException("policy refused");
    }
    System.out.println(
        outcome instanceof PolicyLibrary.Loaded loaded
            ? "loaded " + loaded.document().version() + " (sha256 " + loaded.sha256() + ")"
            : "unchanged " + ((PolicyLibrary.Unchanged) outcome).document().version());
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
