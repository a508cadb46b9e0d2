package org.tongchou.adapter.cli;

import picocli.CommandLine.Option;

/** {@code --reason TEXT}: why an act is done, which the hub records in the event. */
final class ReasonOption {

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description =
          "Why, 1 to 500 characters; recorded in the event with your credential's name, for the regions"
              + " concerned and the auditors to read.")
  String text;
}
