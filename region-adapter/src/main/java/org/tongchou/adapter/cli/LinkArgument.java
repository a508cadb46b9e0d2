package org.tongchou.adapter.cli;

import picocli.CommandLine.Parameters;

/** {@code LINK_ID}: the link of two ID numbers an act is about. */
final class LinkArgument {

  @Parameters(
      index = "0",
      paramLabel = "LINK_ID",
      description =
          "The link's id, link/ALIAS_KEY/PRIMARY_KEY#n, as the request answered it and the feed (`tail`) shows it.")
  String id;
}
