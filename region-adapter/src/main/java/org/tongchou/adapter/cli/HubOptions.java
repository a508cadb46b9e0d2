package org.tongchou.adapter.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.tongchou.adapter.hub.HubClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the hub is and who we are to it: the options every hub command shares. */
final class HubOptions {

  /** Read when no {@code --token-file} is given, so that the token need not be in a file. */
  static final String TOKEN_VARIABLE = "TONGCHOU_TOKEN";

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--hub", required = true, paramLabel = "HOST:PORT", description = "The hub's gRPC address (plaintext).")
  String address;

  @Option(names = "--token-file", paramLabel = "PATH",
      description = "File holding the region's token. Default: the " + TOKEN_VARIABLE + " environment variable.")
  Path tokenFile;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Deadline of a single call (default ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  /** Connects with the token; bad or missing credentials are usage errors (exit 2). */
  HubClient connect() {
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be at least 1");
    }
    try {
      return HubClient.connect(address, token(), Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unusable token or hub address: " + e.getMessage());
    }
  }

  private String token() {
    if (tokenFile != null) {
      try {
        return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "cannot read --token-file " + tokenFile + ": " + e);
      }
    }
    String token = System.getenv(TOKEN_VARIABLE);
    if (token == null || token.isBlank()) {
      throw new ParameterException(spec.commandLine(), "no credential: give --token-file or set " + TOKEN_VARIABLE);
    }
    return token.strip();
  }
}
