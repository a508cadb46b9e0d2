package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the acts of {@code office} share: the hub's address and credential, one call, the record as
 * the hub then holds it (a heading naming it, then its fields) and one way of reporting a refusal.
 * Each subclass says which act.
 */
@Command(
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done: the record as the hub now holds it is printed",
      "1:the hub refused the act: its code and reason, then each field to fix (outside your jurisdiction is"
          + " PERMISSION_DENIED, reason OUTSIDE_JURISDICTION; a policy's problems are named by their path)",
      "2:bad usage (naming the option), a file that cannot be read, the hub could not be reached or did not"
          + " accept the credential"
    })
abstract class OfficeActCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Override
  public final Integer call() {
    try (HubClient client = hub.connect()) {
      ActOutcome outcome = act(client);
      PrintWriter out = spec.commandLine().getOut();
      out.println(TerminalText.escape(outcome.heading()));
      FieldLines.of(outcome.fields()).forEach(out::println);
      return ExitCodes.OK;
    } catch (HubCallException e) {
      return HubRefusal.report(spec.name(), e, spec.commandLine().getErr());
    }
  }

  /** Asks the hub to act; returns the record as it answered. */
  abstract ActOutcome act(HubClient client) throws HubCallException;
}
