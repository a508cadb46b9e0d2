package org.tongchou.adapter.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.PoliciesClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code office publish-policy FILE.yaml}. */
@Command(
    name = "publish-policy",
    description = {
      "Publishes a policy version from a YAML file (UTF-8, at most 1 MiB). The national office publishes national"
          + " versions, a province's office overrides for its province (scope: its code). The hub checks the text"
          + " and refuses it with every problem named by its path, e.g. obligations[0].due.weeks (exit 1).",
      "A version is never replaced: the same text again is accepted as unchanged, other text under an existing"
          + " version is refused (VERSION_EXISTS). Duties opened before keep the version they were opened under;"
          + " `reevaluate` moves a period's."
    })
final class OfficePublishPolicyCommand extends OfficeActCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The policy's YAML text.")
  Path file;

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new PoliciesClient(client).publish(text());
  }

  private String text() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read FILE " + file + ": " + e);
    }
  }
}
