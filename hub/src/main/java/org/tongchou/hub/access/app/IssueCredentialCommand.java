package org.tongchou.hub.access.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code hub credentials issue --region CODE [--label NAME]}: the operator's way to issue a
 * region credential. Runs in a hub started without servers (see HubApplication) and prints the
 * token on standard output, once.
 */
@Component
@ConditionalOnProperty(name = "tongchou.command", havingValue = "credentials")
class IssueCredentialCommand implements ApplicationRunner {

    static final String USAGE = "usage: hub credentials issue --region CODE [--label NAME]";

    private final CredentialStore credentials;

    IssueCredentialCommand(CredentialStore credentials) {
        this.credentials = credentials;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, String> options = options(List.of(args.getSourceArgs()));
        if (!List.of(args.getSourceArgs()).contains("issue") || !options.containsKey("region")) {
            System.err.println(USAGE);
            throw new IllegalArgumentException("missing 'issue' or --region; " + USAGE);
        }
        String region = options.get("region");
        System.out.println(credentials.issue(region, options.getOrDefault("label", "region-" + region)));
    }

    /** Accepts both {@code --name value} and {@code --name=value}, as operators type either. */
    static Map<String, String> options(List<String> args) {
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
