package org.tongchou.adapter.daemon;

import org.tongchou.adapter.local.kurrentdb.KurrentDbProtocolDouble;

/**
 * The KurrentDB a daemon test runs against: the real server {@code KURRENTDB_URL} names, or else
 * the protocol double started in the test JVM. docs/KURRENTDB.md says which tests ran on which.
 */
final class KurrentDbEndpoint implements AutoCloseable {

  private final String connectionString;
  private final KurrentDbProtocolDouble server;

  private KurrentDbEndpoint(String connectionString, KurrentDbProtocolDouble server) {
    this.connectionString = connectionString;
    this.server = server;
  }

  static KurrentDbEndpoint start() throws Exception {
    String url = System.getenv("KURRENTDB_URL");
    if (url != null && !url.isBlank()) {
      System.out.println("KurrentDB: the real server of KURRENTDB_URL");
      return new KurrentDbEndpoint(url, null);
    }
    KurrentDbProtocolDouble server = KurrentDbProtocolDouble.start(0);
    System.out.println("KurrentDB: the protocol double (KURRENTDB_URL is not set)");
    return new KurrentDbEndpoint(server.connectionString(), server);
  }

  String connectionString() {
    return connectionString;
  }

  @Override
  public void close() throws Exception {
    if (server != null) {
      server.close();
    }
  }
}
