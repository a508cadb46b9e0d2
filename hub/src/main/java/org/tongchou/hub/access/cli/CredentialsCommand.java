package org.tongchou.hub.access.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Lifetimes;
import org.tongchou.hub.access.domain.PrintableText;
import org.tongchou.hub.access.domain.Role;

/**
 * {@code hub credentials issue|list|revoke}: bearer tokens, administered over plain JDBC without
 * starting the hub (it answers in about a second instead of the hub's 10 to 35).
 */
final class CredentialsCommand {

  static final String USAGE =
      """
      usage: hub credentials issue (--region CODE | --office CODE|national | --auditor)
                                   [--label NAME] [--valid-for 90d]
             hub credentials list
             hub credentials revoke ID [--reason TEXT]
        The token is printed once, on standard output; the hub keeps its SHA-256 only.
        --valid-for: 90d, 12h, 30m or P90D; default TONGCHOU_TOKEN_LIFETIME or 90d, at most 3650d.
        Database: as the hub's (--spring.profiles.active=postgres and TONGCHOU_DB_URL, or the
        embedded default under --tongchou.data-dir / TONGCHOU_DATA_DIR).""";

  private CredentialsCommand() {}

  /** Runs the command; the exit code: 0 done, 1 nothing to revoke, 2 bad usage. */
  static int run(
      CommandLine line,
      Supplier<DataSource> store,
      Map<String, String> env,
      PrintStream out,
      PrintStream err) {
    String verb = line.word(1);
    if (line.wantsHelp() || verb.isEmpty()) {
      (verb.isEmpty() && !line.wantsHelp() ? err : out).println(USAGE);
      return line.wantsHelp() ? 0 : 2;
    }
    Duration lifetime = Lifetimes.parse(env.getOrDefault("TONGCHOU_TOKEN_LIFETIME", "90d"));
    switch (verb) {
      case "issue" -> {
        Role role = role(line);
        String named = role == Role.AUDITOR ? null : line.required(optionOf(role));
        String jurisdiction = role == Role.OFFICE ? Caller.jurisdictionOfOffice(named) : named;
        String label =
            Optional.ofNullable(line.option("label"))
                .orElse(role.name().toLowerCase(Locale.ROOT) + (named == null ? "" : "-" + named));
        Duration validFor =
            line.has("valid-for") ? Lifetimes.parse(line.required("valid-for")) : lifetime;
        CredentialStore.Issued issued =
            CredentialStore.forCommand(store.get(), lifetime)
                .issue(role, jurisdiction, label, validFor);
        out.println(issued.token());
        err.println("credential " + issued.id() + " valid until " + issued.expiresAt());
        return 0;
      }
      case "list" -> {
        out.println("id\trole\tjurisdiction\tlabel\tissued\texpires\trevoked");
        for (CredentialStore.Listed c : CredentialStore.forCommand(store.get(), lifetime).list()) {
          out.println(
              String.join(
                  "\t",
                  c.id(),
                  c.role().name().toLowerCase(Locale.ROOT),
                  c.jurisdiction() == null ? "-" : c.jurisdiction(),
                  PrintableText.escape(c.label()),
                  c.issuedAt().toString(),
                  c.expiresAt().toString(),
                  c.revokedAt() == null
                      ? "-"
                      : c.revokedAt() + " " + PrintableText.escape(c.revokedReason())));
        }
        return 0;
      }
      case "revoke" -> {
        String id = line.option("id") != null ? line.option("id") : line.word(2);
        if (id.isEmpty()) {
          throw new IllegalArgumentException("name the credential: revoke ID (see list)");
        }
        Optional<CredentialStore.Listed> revoked =
            CredentialStore.forCommand(store.get(), lifetime)
                .revoke(
                    id, Optional.ofNullable(line.option("reason")).orElse("revoked by operator"));
        if (revoked.isEmpty()) {
          err.println("hub credentials: no credential " + PrintableText.escape(id));
          return 1;
        }
        out.println("revoked " + id + " at " + revoked.get().revokedAt());
        return 0;
      }
      default ->
          throw new IllegalArgumentException("unknown verb '" + PrintableText.escape(verb) + "'");
    }
  }

  static Role role(CommandLine line) {
    List<String> given = List.of("region", "office", "auditor").stream().filter(line::has).toList();
    if (given.size() != 1) {
      throw new IllegalArgumentException("give exactly one of --region, --office, --auditor");
    }
    return Role.parse(given.get(0));
  }

  private static String optionOf(Role role) {
    return role == Role.OFFICE ? "office" : "region";
  }
}
