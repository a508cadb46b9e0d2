package org.tongchou.hub.erasure.app;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.hub.person.app.IdentityStore;

/**
 * Seals, once, the identities stored in plaintext before sealing existed (migration V15): at every
 * start, in batches of their own transactions, until none is left. Idempotent and safe to
 * interrupt: a sealed row has no plaintext left, an unsealed one is still readable meanwhile.
 */
@Component
@org.springframework.core.annotation.Order(10)
class IdentitySealing implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySealing.class);
  private static final int BATCH = 1000;

  private final IdentityStore identities;
  private final TransactionTemplate transactions;
  private final Clock clock;

  IdentitySealing(IdentityStore identities, TransactionTemplate transactions, Clock clock) {
    this.identities = identities;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    long sealed = 0;
    int batch;
    do {
      batch = transactions.execute(status -> identities.sealPlaintext(BATCH, clock.instant()));
      sealed += batch;
    } while (batch == BATCH);
    if (sealed > 0) {
      LOG.info("sealed {} identities stored in plaintext before sealing existed", sealed);
    }
  }
}
