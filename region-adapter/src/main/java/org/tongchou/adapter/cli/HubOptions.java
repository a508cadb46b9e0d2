package org.tongchou.adapter.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.HubTls;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the hub is and who we are to it: the options every hub command shares. */
public final class HubOptions {

  /** Read when no {@code --token-file} is given, so that the token need not be in a file. */
  static final String TOKEN_VARIABLE = "TONGCHOU_TOKEN";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--hub",
      required = true,
      paramLabel = "HOST:PORT",
      description =
          "The hub's gRPC address (plaintext unless --tls-ca is given); several nodes as"
              + " HOST:PORT,HOST:PORT (round_robin).")
  public String address;

  @Option(
      names = "--tls-ca",
      paramLabel = "CA.crt",
      description =
          "Use TLS, trusting this CA certificate for the hub (the hub operator's ca.crt).")
  Path tlsCa;

  @Option(
      names = "--cert",
      paramLabel = "REGION.crt",
      description =
          "This region's certificate (with --key and --tls-ca): it names the region, no token needed.")
  Path certificate;

  @Option(
      names = "--key",
      paramLabel = "REGION.key",
      description = "The private key of --cert, PKCS#8 PEM.")
  Path key;

  @Option(
      names = "--token-file",
      paramLabel = "PATH",
      description =
          "File holding the region's token. Default: the "
              + TOKEN_VARIABLE
              + " environment variable.")
  Path tokenFile;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Deadline of a single call (default ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  /** Connects with the token; bad or missing credentials are usage errors (exit 2). */
  public HubClient connect() {
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be at least 1");
    }
    try {
      HubTls tls =
          tlsCa == null && certificate == null && key == null
              ? null
              : new HubTls(tlsCa, certificate, key);
      // A client certificate names the caller; a token is only needed without one.
      String token =
          certificate != null && tokenFile == null && System.getenv(TOKEN_VARIABLE) == null
              ? null
              : token();
      return HubClient.connect(address, token, tls, Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new ParameterException(
          spec.commandLine(), "unusable credential, TLS files or hub address: " + e.getMessage());
    }
  }

  /** The token of --token-file or TONGCHOU_TOKEN; a usage error when there is none. */
  public String token() {
    if (tokenFile != null) {
      try {
        return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(), "cannot read --token-file " + tokenFile + ": " + e);
      }
    }
    String token = System.getenv(TOKEN_VARIABLE);
    if (token == null || token.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "no credential: give --token-file or set " + TOKEN_VARIABLE);
    }
    return token.strip();
  }
}
