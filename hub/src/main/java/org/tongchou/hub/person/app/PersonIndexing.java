package org.tongchou.hub.person.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes, once, the persons recorded before person keys were random (migration V21): their keys
 * stay as they were, and the index finds them from their ID numbers like everyone else's. At every
 * start, in batches of their own transactions, until none is left; idempotent and safe to
 * interrupt. Runs after {@code IdentitySealing}, which it needs to open the numbers.
 */
@Component
@Order(20)
class PersonIndexing implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(PersonIndexing.class);
  private static final int BATCH = 1000;

  private final IdentityStore identities;
  private final PersonIndex index;
  private final TransactionTemplate transactions;

  PersonIndexing(IdentityStore identities, PersonIndex index, TransactionTemplate transactions) {
    this.identities = identities;
    this.index = index;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    long indexed = 0;
    int batch;
    do {
      batch =
          transactions.execute(
              status -> {
                List<String[]> rows = identities.unindexed(BATCH);
                Map<String, String> entries = new LinkedHashMap<>();
                rows.forEach(row -> entries.putIfAbsent(row[1], row[0]));
                index.remember(entries);
                return rows.size();
              });
      indexed += batch;
    } while (batch == BATCH);
    if (indexed > 0) {
      LOG.info("indexed {} persons recorded before person keys were random", indexed);
    }
  }
}
