package org.tongchou.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.tongchou.hub.access.tls.CaCommand;

/**
 * The hub's own CA in a test's folder, made and used with the operator's command ({@code hub ca}),
 * as an operator would: every test of certificates starts from the same steps.
 */
public final class TestCa {

  private TestCa() {}

  /** {@code hub ca init --dir ca}. */
  public static Path init(Path ca) {
    assertThat(CaCommand.run(List.of("ca", "init", "--dir", ca.toString()))).isZero();
    return ca;
  }

  /**
   * {@code hub ca issue --dir ca WORDS... --generate out}: a key pair made for the holder and its
   * certificate ({@code out.key}, {@code out.crt}); {@code words} say for whom ({@code "--region",
   * "320200"}, {@code "--auditor"}) and anything else the command takes ({@code "--valid-for",
   * "8s"}).
   */
  public static Path issue(Path ca, Path out, String... words) {
    List<String> args = new ArrayList<>(List.of("ca", "issue", "--dir", ca.toString()));
    args.addAll(List.of(words));
    args.addAll(List.of("--generate", out.toString()));
    assertThat(CaCommand.run(args)).as("hub %s", String.join(" ", args)).isZero();
    return out;
  }

  /** DER bytes as PEM text of {@code type}, in lines of 64 as OpenSSL writes them. */
  public static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
