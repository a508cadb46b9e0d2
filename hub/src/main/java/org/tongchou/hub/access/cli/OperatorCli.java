package org.tongchou.hub.access.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Lifetimes;
import org.tongchou.hub.access.tls.CaCommand;
import org.tongchou.hub.access.tls.CertificateAuthority;

/**
 * The operator's credential commands, {@code hub credentials …} and {@code hub ca …}, run from
 * {@code main} before Spring: they need at most one JDBC connection, so they answer in about a
 * second, and {@code --help} touches nothing (no database, no {@code ./tongchou-data}).
 */
public final class OperatorCli {

  private OperatorCli() {}

  /** Whether {@code args} name one of these commands (the first word that is not an option). */
  public static boolean handles(String[] args) {
    return List.of("credentials", "ca").contains(CommandLine.parse(List.of(args)).word(0));
  }

  /** Runs the command; returns the process exit code. */
  public static int run(
      List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
    CommandLine line = CommandLine.parse(args);
    String command = line.word(0);
    OperatorDatabase database = OperatorDatabase.of(args, env);
    SingleConnectionDataSource[] opened = new SingleConnectionDataSource[1];
    Supplier<DataSource> store =
        () -> opened[0] == null ? (opened[0] = database.open()) : opened[0];
    try {
      if (command.equals("credentials")) {
        return CredentialsCommand.run(line, store, env, out, err);
      }
      if (line.word(1).equals("revoke")) {
        return revokeCertificate(line, store, out);
      }
      return CaCommand.run(positional(args), env.get("TONGCHOU_CERT_LIFETIME"), out, err);
    } catch (IllegalArgumentException e) {
      err.println("hub " + command + ": " + e.getMessage());
      err.println(command.equals("credentials") ? CredentialsCommand.USAGE : CaCommand.USAGE);
      return 2;
    } catch (RuntimeException e) {
      // No stack trace for an operator: what failed, and where to look.
      err.println("hub " + command + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 3;
    } finally {
      if (opened[0] != null) {
        opened[0].destroy();
      }
    }
  }

  private static int revokeCertificate(
      CommandLine line, Supplier<DataSource> store, PrintStream out) {
    String serial;
    String subject = null;
    if (line.has("cert")) {
      try {
        X509Certificate certificate = CertificateAuthority.read(Path.of(line.required("cert")));
        serial = certificate.getSerialNumber().toString(16);
        subject = certificate.getSubjectX500Principal().getName();
      } catch (java.security.GeneralSecurityException | RuntimeException e) {
        throw new IllegalArgumentException(
            line.option("cert") + " is not a certificate: " + e.getMessage());
      }
    } else {
      serial = line.required("serial");
    }
    boolean first =
        CredentialStore.forCommand(store.get(), Lifetimes.TOKEN)
            .revokeCertificate(
                serial,
                subject,
                Optional.ofNullable(line.option("reason")).orElse("revoked by operator"));
    out.println((first ? "revoked certificate " : "already revoked: certificate ") + serial);
    return 0;
  }

  /** {@code ca init|issue} read their arguments as typed, minus the hub's own settings. */
  private static List<String> positional(List<String> args) {
    return args.stream()
        .filter(a -> !a.startsWith("--spring.") && !a.startsWith("--tongchou."))
        .toList();
  }
}
