package org.tongchou.hub.access.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;

/**
 * {@code hub credentials issue --region CODE [--label NAME]}: the operator's way to issue a region
 * credential. Runs in a hub started without servers (see HubApplication) and prints the token on
 * standard output, once.
 */
@Component
@ConditionalOnProperty(name = "tongchou.command", havingValue = "credentials")
public class IssueCredentialCommand implements ApplicationRunner {

  static final String USAGE =
      "usage: hub credentials issue (--region CODE | --office CODE | --office national | --auditor) "
          + "[--label NAME]";

  private final CredentialStore credentials;

  IssueCredentialCommand(CredentialStore credentials) {
    this.credentials = credentials;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> words = List.of(args.getSourceArgs());
    Map<String, String> options = options(words);
    Role role =
        options.containsKey("office")
            ? Role.OFFICE
            : words.contains("--auditor") ? Role.AUDITOR : Role.REGION;
    String code =
        role == Role.AUDITOR ? null : options.get(role == Role.OFFICE ? "office" : "region");
    if (!words.contains("issue") || (role != Role.AUDITOR && code == null)) {
      System.err.println(USAGE);
      throw new IllegalArgumentException("missing 'issue' or the role; " + USAGE);
    }
    String label =
        options.getOrDefault(
            "label", role.name().toLowerCase(Locale.ROOT) + (code == null ? "" : "-" + code));
    System.out.println(
        credentials.issue(
            role, role == Role.OFFICE ? Caller.jurisdictionOfOffice(code) : code, label));
  }

  /** Accepts both {@code --name value} and {@code --name=value}, as operators type either. */
  public static Map<String, String> options(List<String> args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        continue;
      }
      int eq = arg.indexOf('=');
      if (eq > 0) {
        options.put(arg.substring(2, eq), arg.substring(eq + 1));
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        options.put(arg.substring(2), args.get(++i));
      }
    }
    return options;
  }
}
