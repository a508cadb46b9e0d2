package org.tongchou.hub.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.log.app.FeedLog;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;
import org.tongchou.hub.testing.PostgresHub;

/**
 * The gap problem, staged: transaction A inserts its event first (the lower global index) but
 * commits last. A reader that went by global index would pass over A's event once it had read B's.
 * The feed gives A the later position instead, so a reader resuming from its checkpoint still finds
 * it, and a transaction holding the feed's sequence makes the next one wait.
 */
@PostgresHub
class FeedOrderUnderConcurrentCommitsIT {

  static final String REGION = "320211";

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired FeedLog log;
  @Autowired FeedReader reader;

  long insertEvent(String personKey) {
    FactRecorded event =
        new FactRecorded(
            personKey,
            1,
            "r-" + UUID.randomUUID(),
            REGION,
            "320200",
            LocalDate.of(2026, 3, 1),
            "410102",
            new ServiceDelivered("contraception"),
            Instant.now(),
            EventHashes.GENESIS,
            "0".repeat(64),
            null,
            null,
            null);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          // With (empty) metadata, as Axon writes it: the read models' processor reads these rows
          // too,
          // and a row without metadata would stop it for every later test on this database.
          var statement =
              connection.prepareStatement(
                  "INSERT INTO domain_event_entry (event_identifier, "
                      + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload, meta_data) "
                      + "VALUES (?, ?, 0, 'PersonAggregate', ?, ?, ?, ?)",
                  new String[] {"global_index"});
          statement.setString(1, UUID.randomUUID().toString());
          statement.setString(2, personKey);
          statement.setString(3, Instant.now().toString());
          statement.setString(4, FactRecorded.class.getName());
          statement.setBytes(5, CanonicalJson.bytes(event));
          statement.setBytes(6, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
          return statement;
        },
        key);
    return key.getKey().longValue();
  }

  List<FeedReader.Entry> readAfter(long after) {
    return reader.read(REGION, after, reader.head(), 100);
  }

  @Test
  void anEventInsertedFirstButCommittedLastIsDeliveredAfterTheCheckpointNotSkipped()
      throws Exception {
    long start = reader.head();
    String personA = "pA" + UUID.randomUUID().toString().replace("-", "");
    String personB = "pB" + UUID.randomUUID().toString().replace("-", "");
    CountDownLatch aInserted = new CountDownLatch(1);
    CountDownLatch bCommitted = new CountDownLatch(1);
    long[] indexes = new long[2];

    CompletableFuture<Void> a =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      indexes[0] = insertEvent(personA);
                      aInserted.countDown();
                      await(bCommitted);
                      log.append(
                          List.of(new FeedLog.NewEntry(indexes[0], personA, Set.of(REGION))));
                    }));
    await(aInserted);
    transactions.executeWithoutResult(
        tx -> {
          indexes[1] = insertEvent(personB);
          log.append(List.of(new FeedLog.NewEntry(indexes[1], personB, Set.of(REGION))));
        });
    assertThat(indexes[0]).as("A took the lower global index").isLessThan(indexes[1]);

    List<FeedReader.Entry> firstRead = readAfter(start);
    assertThat(firstRead).extracting(FeedReader.Entry::globalIndex).containsExactly(indexes[1]);
    long checkpoint = firstRead.get(0).position();

    bCommitted.countDown();
    a.get(30, TimeUnit.SECONDS);

    assertThat(readAfter(checkpoint))
        .extracting(FeedReader.Entry::globalIndex)
        .containsExactly(indexes[0]);
    assertThat(readAfter(start))
        .extracting(FeedReader.Entry::position)
        .containsExactly(checkpoint, checkpoint + 1);
  }

  @Test
  void whileOneTransactionHoldsTheSequenceTheNextWaitsAndTheHeadDoesNotMove() throws Exception {
    long start = reader.head();
    CountDownLatch aAppended = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> a =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      String person = "pC" + UUID.randomUUID().toString().replace("-", "");
                      log.append(
                          List.of(
                              new FeedLog.NewEntry(insertEvent(person), person, Set.of(REGION))));
                      aAppended.countDown();
                      await(release);
                    }));
    await(aAppended);
    CompletableFuture<Void> b =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      String person = "pD" + UUID.randomUUID().toString().replace("-", "");
                      log.append(
                          List.of(
                              new FeedLog.NewEntry(insertEvent(person), person, Set.of(REGION))));
                    }));

    Thread.sleep(500);
    assertThat(b).as("B waits for A's sequence lock").isNotDone();
    assertThat(reader.head()).as("nothing uncommitted is visible").isEqualTo(start);

    release.countDown();
    a.get(30, TimeUnit.SECONDS);
    b.get(30, TimeUnit.SECONDS);
    assertThat(reader.head()).isEqualTo(start + 2);
    assertThat(readAfter(start)).hasSize(2);
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out waiting for the other transaction");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
