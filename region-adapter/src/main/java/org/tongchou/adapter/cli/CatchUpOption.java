package org.tongchou.adapter.cli;

import picocli.CommandLine.Option;

/**
 * {@code --catch-up}: a read waits for the hub's read models, which follow its log a moment behind.
 */
final class CatchUpOption {

  @Option(
      names = "--catch-up",
      description =
          "Wait (up to 10 s) until the hub's read models have taken in everything recorded so far.")
  boolean wait;
}
