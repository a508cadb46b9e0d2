package org.tongchou.hub;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tongchou.hub.access.cli.OperatorCli;

/**
 * The Tongchou hub. {@code java -jar hub-exec.jar} runs it; {@code java -jar hub-exec.jar
 * credentials issue|list|revoke} and {@code ca init|issue|revoke} administer credentials against
 * the same database without starting the hub (OperatorCli); {@code policy load FILE} and {@code
 * policy list} publish and list policy versions likewise; {@code signing list|rotate} lists and
 * rotates the hub's signing keys; {@code replay bench} measures replay against a raw read of the
 * event table; {@code person erase ID_NUMBER --office CODE --reason TEXT} erases a person
 * (docs/PRIVACY.md).
 */
@SpringBootApplication
public class HubApplication {

  public static void main(String[] args) {
    // Axon 4.12+ would otherwise call home and write ~/.axoniq/.
    System.setProperty("axoniq.update-checker.disabled", "true");
    if (OperatorCli.handles(args)) {
      // Credentials and the CA need one JDBC connection at most, not the whole hub.
      System.exit(OperatorCli.run(Arrays.asList(args), System.getenv(), System.out, System.err));
    }
    SpringApplication app = new SpringApplication(HubApplication.class);
    String command = commandOf(args);
    if (command != null) {
      app.setWebApplicationType(WebApplicationType.NONE);
      app.setLogStartupInfo(false);
      app.setAdditionalProfiles("command");
      System.exit(SpringApplication.exit(app.run(withCommand(args, command))));
    }
    app.run(args);
  }

  /** The first word that is not an option names the command; options may come before it. */
  static String commandOf(String[] args) {
    return Arrays.stream(args)
        .filter(a -> !a.startsWith("--"))
        .findFirst()
        .filter(
            word ->
                word.equals("policy")
                    || word.equals("signing")
                    || word.equals("replay")
                    || word.equals("person"))
        .orElse(null);
  }

  private static String[] withCommand(String[] args, String command) {
    String[] all = Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--tongchou.command=" + command;
    all[args.length + 1] = "--tongchou.grpc.enabled=false";
    return all;
  }
}
