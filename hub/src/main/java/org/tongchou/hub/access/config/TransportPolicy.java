package org.tongchou.hub.access.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Bearer tokens travel in a header: over plaintext, anyone on the path reads and replays them. In
 * production ({@code tongchou.production}, on under the postgres profile) the hub refuses to start
 * with tokens on a plaintext port that listens beyond loopback.
 */
final class TransportPolicy {

  private TransportPolicy() {}

  static void check(String address, boolean tls, boolean tokens, boolean production) {
    if (production && tokens && !tls && !isLoopback(address)) {
      throw new IllegalStateException(
          "bearer tokens over plaintext gRPC on "
              + address
              + " would hand every token to whoever is on the network: set"
              + " TONGCHOU_GRPC_TLS_CA_DIR (deploy/README.md), or listen on 127.0.0.1"
              + " (TONGCHOU_GRPC_ADDRESS), or switch tokens off (TONGCHOU_TOKENS_ENABLED=false)");
    }
  }

  static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
