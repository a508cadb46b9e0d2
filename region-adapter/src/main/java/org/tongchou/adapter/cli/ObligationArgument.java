package org.tongchou.adapter.cli;

import picocli.CommandLine.Parameters;

/** {@code OBLIGATION_ID}: the obligation an act is about. */
final class ObligationArgument {

  @Parameters(
      index = "0",
      paramLabel = "OBLIGATION_ID",
      description =
          "The obligation's id, as `obligations`, `tail` or `explain` print it, e.g."
              + " certificate-verification/320211/320211-2026-000001#1.")
  String id;
}
