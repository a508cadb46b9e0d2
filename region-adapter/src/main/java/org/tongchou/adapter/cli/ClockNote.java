package org.tongchou.adapter.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;

/**
 * Says whether a latency that subtracts the hub's clock from ours can be trusted: only when both
 * run on one machine, where they read the same clock.
 */
public final class ClockNote {

  private ClockNote() {}

  public static String of(String hubAddress) {
    String host = host(hubAddress);
    return onThisMachine(host)
        ? "Clocks: the hub ("
            + hubAddress
            + ") runs on this machine, so both times are read from the same clock."
        : "Clocks: WARNING: the hub ("
            + hubAddress
            + ") is not on this machine; the latencies mix two clocks and are"
            + " only as good as their synchronisation.";
  }

  private static String host(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    String host = colon > 0 ? hostAndPort.substring(0, colon) : hostAndPort;
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static boolean onThisMachine(String host) {
    try {
      InetAddress address = InetAddress.getByName(host);
      return address.isLoopbackAddress()
          || address.isAnyLocalAddress()
          || NetworkInterface.getByInetAddress(address) != null;
    } catch (IOException e) {
      return false; // unknown: say so rather than vouch for it
    }
  }
}
