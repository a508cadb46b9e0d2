package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongchou.adapter.hub.FeedSettings;
import org.tongchou.adapter.hub.FeedSubscriber;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.ReconnectPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tail}: follows the region's feed and prints one line per item. */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = {
      "Follows what the hub holds for your region, in the hub's commit order: facts about persons registered or"
          + " living there (now or before), residence conflicts involving it, and the obligations it is responsible"
          + " for or is owed. One line per item:",
      "  POSITION  fact  OCCURRED_ON  REGION  TYPE  RECORD_ID  person KEY_PREFIX",
      "  POSITION  conflict  OVERLAP_FROM  NEW_REGION overlaps EARLIER_REGION",
      "            provisionally REGION  person KEY_PREFIX",
      "  POSITION  obligation  STATUS  OBLIGATION_ID  RESPONSIBLE owes OWED  due DUE_ON",
      "            (CHANGE, CAUSE)  person KEY_PREFIX",
      "  POSITION  checkpoint  hub time HUB_TIME",
      "After a hub restart it resumes by itself, repeating and skipping nothing. Runs until Ctrl-C or --count."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped: Ctrl-C, or --count items printed",
      "1:the hub refused the request (e.g. --after beyond the feed's end)",
      "2:the hub could not be reached or did not accept the credential"
    })
final class TailCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Option(
      names = "--after",
      paramLabel = "POSITION",
      defaultValue = "0",
      description =
          "Start after this position, e.g. the last one printed before (default ${DEFAULT-VALUE}: from the beginning).")
  long after;

  @Option(
      names = "--window",
      paramLabel = "N",
      defaultValue = "500",
      description =
          "Most items held at once, i.e. credit open with the hub, 1 to "
              + FeedSettings.MAX_WINDOW
              + " (default ${DEFAULT-VALUE}).")
  int window;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "Stop after N items of the kinds shown (checkpoints do not count).")
  Integer count;

  // Checked in settings(), not by a converter: a converter's refusal would word the error
  // differently.
  @Option(
      names = "--kind",
      paramLabel = "KIND",
      split = ",",
      completionCandidates = TailLine.Kinds.class,
      description =
          "Show only these kinds: ${COMPLETION-CANDIDATES} (default: all; checkpoints always show).")
  java.util.Set<String> kinds;

  @Option(
      names = "--skip-imported",
      description =
          "Leave out what imports recorded (a region's history being onboarded with `import`);"
              + " live items and checkpoints still come.")
  boolean skipImported;

  // Hidden: for tests; the default rides out a hub restart (about half a minute of attempts).
  @Option(names = "--reconnect-attempts", hidden = true, defaultValue = "8")
  int reconnectAttempts;

  @Override
  public Integer call() throws InterruptedException {
    FeedSettings settings = settings();
    PrintWriter out = spec.commandLine().getOut();
    AtomicInteger counted = new AtomicInteger();
    try (HubClient client = hub.connect();
        FeedSubscriber feed = new FeedSubscriber(client, settings);
        StopOnShutdown ctrlC = new StopOnShutdown(feed)) {
      feed.run(
          after,
          entry -> {
            if (!TailLine.isShown(entry, kinds)) {
              return;
            }
            out.println(TailLine.of(entry));
            if (count != null && TailLine.counts(entry) && counted.incrementAndGet() == count) {
              feed.close();
            }
          });
      return ExitCodes.OK;
    } catch (HubCallException e) {
      return HubRefusal.report("tail", e, spec.commandLine().getErr());
    }
  }

  private FeedSettings settings() {
    if (kinds != null && !TailLine.KINDS.containsAll(kinds)) {
      throw new ParameterException(
          spec.commandLine(),
          "--kind takes " + String.join(", ", TailLine.KINDS) + ", got " + kinds);
    }
    if (after < 0 || (count != null && count < 1) || reconnectAttempts < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--after must be at least 0, --count and --reconnect-attempts at least 1");
    }
    try {
      return new FeedSettings(
          window,
          FeedSettings.DEFAULT_CHECKPOINT_INTERVAL,
          ReconnectPolicy.DEFAULT.withMaxAttempts(reconnectAttempts),
          skipImported);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--window: " + e.getMessage());
    }
  }
}
