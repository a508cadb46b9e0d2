package org.tongchou.hub.access.app;

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

    private final CredentialStore credentials;

    IssueCredentialCommand(CredentialStore credentials) {
        this.credentials = credentials;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains("issue") || !args.containsOption("region")) {
            System.err.println("usage: hub credentials issue --region CODE [--label NAME]");
            throw new IllegalArgumentException("missing 'issue' or --region");
        }
        String region = args.getOptionValues("region").get(0);
        String label = args.containsOption("label") ? args.getOptionValues("label").get(0) : "region-" + region;
        System.out.println(credentials.issue(region, label));
    }
}
