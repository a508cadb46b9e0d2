package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import org.tongchou.adapter.hub.HubCallException;

/** How a hub command reports a failed call: the code and message, then each field to fix. */
final class HubRefusal {

  private HubRefusal() {}

  /**
   * Prints the failure on {@code err} under the command's name.
   *
   * @return the exit code: {@link ExitCodes#NOT_DONE} when the hub was not reached or refused the
   *     credential, {@link ExitCodes#REFUSED} when it judged the request and refused it
   */
  static int report(String command, HubCallException e, PrintWriter err) {
    err.println(command + ": " + e.getMessage());
    e.violations().forEach(v -> err.println("  " + v));
    return e.hubNotReached() ? ExitCodes.NOT_DONE : ExitCodes.REFUSED;
  }
}
