package org.tongchou.adapter.local.kurrentdb;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on KurrentDB's protocol as the client speaks it, served by {@link
 * KurrentDbProtocolDouble}: not a KurrentDB server (none runs on these machines), but the client,
 * its connection, its wire messages and its error mapping are all real.
 */
class KurrentDbStoreContractIT extends KurrentDbContract {

  private static KurrentDbProtocolDouble server;

  @BeforeAll
  static void startDouble() throws Exception {
    server = KurrentDbProtocolDouble.start(0);
  }

  @AfterAll
  static void stopDouble() throws Exception {
    server.close();
  }

  @Override
  protected String connectionString() {
    return server.connectionString();
  }
}
