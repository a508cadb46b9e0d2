package org.tongchou.adapter.local.kurrentdb;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same contract against a real KurrentDB server, when {@code KURRENTDB_URL} names one (e.g.
 * {@code kurrentdb://admin:changeit@127.0.0.1:2113?tls=false}); skipped otherwise, saying why. See
 * docs/KURRENTDB.md.
 */
class KurrentDbRealServerContractIT extends KurrentDbContract {

  private static final String URL = System.getenv("KURRENTDB_URL");

  @BeforeAll
  static void needsAServer() {
    if (URL == null || URL.isBlank()) {
      System.out.println(
          "KurrentDbRealServerContractIT skipped: KURRENTDB_URL is not set, so there is no real"
              + " KurrentDB server to run the store contract against (it ran on the protocol double)");
    }
    Assumptions.assumeTrue(
        URL != null && !URL.isBlank(),
        "KURRENTDB_URL is not set: no real KurrentDB server to run the contract against");
  }

  @Override
  protected String connectionString() {
    return URL;
  }
}
