package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.AssessmentClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands of the hub's Assessment service share: the hub's address and credential, one
 * call (or one paged or streamed series), and one way of reporting a refusal. Each subclass says
 * what to ask and how to print it.
 */
@Command(
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the hub refused the request (a bad region, period or indicator names the field; outside your"
          + " jurisdiction is PERMISSION_DENIED on region)",
      "2:bad usage, the hub could not be reached or did not accept the credential, or a file could not be written"
    })
abstract class AssessmentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Override
  public final Integer call() {
    try (HubClient client = hub.connect()) {
      return run(new AssessmentClient(client), spec.commandLine().getOut());
    } catch (HubCallException e) {
      return HubRefusal.report(spec.name(), e, spec.commandLine().getErr());
    }
  }

  /** Asks the hub and prints the answer on {@code out}; returns the exit code. */
  abstract int run(AssessmentClient assessment, PrintWriter out) throws HubCallException;
}
