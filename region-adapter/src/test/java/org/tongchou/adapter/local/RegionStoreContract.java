package org.tongchou.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongchou.adapter.hub.FeedEntry;
import org.tongchou.adapter.hub.HubReceipt;

/**
 * What every region store promises the adapter's loops, run against each store: PostgreSQL on the
 * real database, KurrentDB on the protocol double and, when {@code KURRENTDB_URL} is set, on a real
 * server. A subclass gives a fresh store (its own schema or streams) and the region's side: how its
 * system writes a fact, and what its inbox holds.
 */
public abstract class RegionStoreContract {

  protected static final Instant HUB_TIME = Instant.parse("2026-03-01T08:00:00Z");

  protected RegionStore store;

  /** A store no other test touches. */
  protected abstract RegionStore freshStore() throws Exception;

  /** The region's system writes facts into its outbox, in this order. */
  protected abstract void regionWrites(List<String> facts) throws Exception;

  /** The feed positions of the items in the inbox, in the order the region reads them. */
  protected abstract List<Long> inboxPositions() throws Exception;

  /** Removes what the store made, where the store is shared with other tests. */
  protected void dropStore() throws Exception {}

  @BeforeEach
  void open() throws Exception {
    store = freshStore();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
    dropStore();
  }

  @Test
  void pendingRowsComeInTheOrderTheRegionWroteThem() throws Exception {
    regionWrites(List.of(fact("r-1"), fact("r-2"), fact("r-3")));
    try (RegionStore.Session s = store.connect()) {
      List<OutboxRow> rows = awaitPending(s, 3);
      assertThat(rows)
          .extracting(row -> recordId(row.factJson()))
          .containsExactly("r-1", "r-2", "r-3");
      assertThat(rows).extracting(OutboxRow::id).isSorted().doesNotHaveDuplicates();
      assertThat(s.pending(2)).hasSize(2);
    }
  }

  @Test
  void anAnsweredRowIsNoLongerPendingAndKeepsItsFirstOutcome() throws Exception {
    regionWrites(List.of(fact("r-1"), fact("r-2")));
    try (RegionStore.Session s = store.connect()) {
      List<OutboxRow> rows = awaitPending(s, 2);
      OutboxRow first = rows.get(0);
      assertThat(s.record(List.of(accepted(first.id(), "e-1")))).isEqualTo(1);

      assertThat(s.record(List.of(refused(first.id())))).as("a second outcome").isZero();

      assertThat(s.pending(10)).extracting(OutboxRow::id).containsExactly(rows.get(1).id());
      LocalStatus status = s.status(5);
      assertThat(status.accepted()).isEqualTo(1);
      assertThat(status.refusedWaiting()).isZero();
      assertThat(status.pending()).isEqualTo(1);
    }
  }

  @Test
  void aNewSessionResumesAfterTheLastOutcomeRecorded() throws Exception {
    regionWrites(List.of(fact("r-1"), fact("r-2"), fact("r-3")));
    try (RegionStore.Session s = store.connect()) {
      List<OutboxRow> rows = awaitPending(s, 3);
      s.record(List.of(accepted(rows.get(0).id(), "e-1"), duplicate(rows.get(1).id(), "e-2")));
    }
    regionWrites(List.of(fact("r-4")));
    try (RegionStore.Session s = store.connect()) {
      assertThat(awaitPending(s, 2))
          .extracting(row -> recordId(row.factJson()))
          .containsExactly("r-3", "r-4");
      LocalStatus status = s.status(5);
      assertThat(status.accepted()).isEqualTo(1);
      assertThat(status.duplicate()).isEqualTo(1);
      assertThat(status.pending()).isEqualTo(2);
      assertThat(status.oldestPending()).isPresent();
    }
  }

  @Test
  void refusedRowsAreCountedAndListedWithTheirRecordIdAndTheFieldNamed() throws Exception {
    regionWrites(List.of(fact("r-1"), fact("r-2")));
    try (RegionStore.Session s = store.connect()) {
      List<OutboxRow> rows = awaitPending(s, 2);
      s.record(List.of(refused(rows.get(0).id()), accepted(rows.get(1).id(), "e-2")));

      LocalStatus status = s.status(5);
      assertThat(status.refusedWaiting()).isEqualTo(1);
      assertThat(status.firstRefused())
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.recordId()).isEqualTo("r-1");
                assertThat(row.refusal()).startsWith("person.idNumber  INVALID_ARGUMENT");
              });
      assertThat(status.pending()).isZero();
    }
  }

  @Test
  void aSecondWriterOfOutcomesBehindTheFirstNeverReplacesAnOutcome() throws Exception {
    regionWrites(List.of(fact("r-1"), fact("r-2")));
    try (RegionStore.Session first = store.connect();
        RegionStore.Session second = store.connect()) {
      List<OutboxRow> rows = awaitPending(first, 2);
      awaitPending(second, 2); // the second has read where the outcomes end, and stays there
      first.record(List.of(accepted(rows.get(0).id(), "e-1")));

      // Another adapter on the same store answers both rows, the first one differently.
      try {
        second.record(List.of(refused(rows.get(0).id()), accepted(rows.get(1).id(), "e-2")));
      } catch (StoreException e) {
        // KurrentDB: the outcomes stream moved past the revision it expected; nothing written.
        assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT);
        assertThat(e.getMessage()).contains("another adapter").contains("nothing was written");
      }
      LocalStatus status = first.status(5);
      assertThat(status.refusedWaiting()).as("the first outcome stays").isZero();
      assertThat(status.accepted() + status.pending()).isEqualTo(2);
    }
  }

  @Test
  void feedItemsAreStoredOnceInFeedOrderAndTheCheckpointFollows() throws Exception {
    try (RegionStore.Session s = store.connect()) {
      assertThat(s.feedCheckpoint()).isZero();
      s.store(item(3), itemJson(3), 0);
      s.store(item(7), itemJson(7), 3);
      s.store(new FeedEntry.Checkpoint(9, HUB_TIME, HUB_TIME), "{}", 7);
      assertThat(s.feedCheckpoint()).isEqualTo(9);
    }
    assertThat(inboxPositions()).containsExactly(3L, 7L);
    try (RegionStore.Session s = store.connect()) {
      assertThat(s.feedCheckpoint()).as("read back by a new session").isEqualTo(9);
      LocalStatus status = s.status(5);
      assertThat(status.checkpoint()).isEqualTo(9);
      assertThat(status.hubTime()).contains(HUB_TIME);
      assertThat(status.inboxRows()).isEqualTo(2);
      assertThat(status.feedLag()).isPresent();
    }
  }

  @Test
  void checkpointsOfAQuietFeedAtOnePositionKeepTheHubTimeCurrentForTheLag() throws Exception {
    Instant later = HUB_TIME.plusSeconds(60);
    try (RegionStore.Session s = store.connect()) {
      s.store(new FeedEntry.Checkpoint(9, HUB_TIME, HUB_TIME), "{}", 0);
      s.store(new FeedEntry.Checkpoint(9, later, later), "{}", 9);
    }
    try (RegionStore.Session s = store.connect()) {
      LocalStatus status = s.status(5);
      assertThat(status.checkpoint()).isEqualTo(9);
      assertThat(status.hubTime()).contains(later);
    }
  }

  @Test
  void aWriterBehindTheCheckpointIsRefusedAndStoresNothing() throws Exception {
    try (RegionStore.Session first = store.connect();
        RegionStore.Session second = store.connect()) {
      assertThat(second.feedCheckpoint()).isZero();
      first.store(item(3), itemJson(3), 0);

      // The second writer still believes the checkpoint is at 0: another adapter on the same inbox.
      assertThatThrownBy(() -> second.store(item(5), itemJson(5), 0))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT);
                assertThat(e.getMessage()).contains("another adapter").contains("nothing");
              });
    }
    assertThat(inboxPositions()).containsExactly(3L);
  }

  @Test
  void aSecondDeliveryOfAnItemAlreadyStoredIsNeverStoredTwice() throws Exception {
    try (RegionStore.Session first = store.connect();
        RegionStore.Session second = store.connect()) {
      second.feedCheckpoint();
      first.store(item(3), itemJson(3), 0);
      try {
        second.store(item(3), itemJson(3), 0);
      } catch (StoreException e) {
        // Refused (PostgreSQL: the checkpoint moved) or absorbed (KurrentDB: the same event id at
        // the same revision is an idempotent append): either way, once.
        assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT);
      }
    }
    assertThat(inboxPositions()).containsExactly(3L);
  }

  @Test
  void anEmptyStoreShowsNothingPendingAndNoCheckpointYet() throws Exception {
    try (RegionStore.Session s = store.connect()) {
      assertThat(s.pending(10)).isEmpty();
      LocalStatus status = s.status(5);
      assertThat(status.pending()).isZero();
      assertThat(status.oldestPending()).isEmpty();
      assertThat(status.checkpoint()).isZero();
      assertThat(status.hubTime()).isEmpty();
      assertThat(status.inboxRows()).isZero();
    }
  }

  // ---- helpers ----

  /** Waits for rows a subscription may deliver a moment later (at most 30 s, against hangs). */
  protected static List<OutboxRow> awaitPending(RegionStore.Session s, int count) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    List<OutboxRow> rows = s.pending(count);
    while (rows.size() < count && System.nanoTime() < until) {
      Thread.sleep(20);
      rows = s.pending(count);
    }
    assertThat(rows).as("pending rows").hasSize(count);
    return rows;
  }

  protected static String fact(String recordId) {
    return "{\"recordId\": \""
        + recordId
        + "\", \"type\": \"ArrivalRegistered\", \"region\": \"320211\", \"occurredOn\": \"2026-03-01\","
        + " \"person\": {\"idNumber\": \"410102199001011234\", \"name\": \"王芳\", \"sex\": \"F\","
        + " \"registrationRegion\": \"410102\"}, \"data\": {\"from\": \"410102\"}}";
  }

  protected static String recordId(String factJson) {
    int start = factJson.indexOf("\"recordId\": \"") + 13;
    return factJson.substring(start, factJson.indexOf('"', start));
  }

  protected static RowOutcome accepted(long id, String eventId) {
    return new RowOutcome(id, RowOutcome.State.ACCEPTED, "OK", "", Optional.of(receipt(eventId)));
  }

  protected static RowOutcome duplicate(long id, String eventId) {
    return new RowOutcome(id, RowOutcome.State.DUPLICATE, "OK", "", Optional.of(receipt(eventId)));
  }

  protected static RowOutcome refused(long id) {
    return new RowOutcome(
        id,
        RowOutcome.State.REFUSED,
        "INVALID_ARGUMENT",
        "person.idNumber  INVALID_ARGUMENT  check character is wrong",
        Optional.empty());
  }

  private static HubReceipt receipt(String eventId) {
    return new HubReceipt(eventId, 42, HUB_TIME, "ab".repeat(32));
  }

  protected static FeedEntry item(long position) {
    return new FeedEntry.Fact(
        position,
        HUB_TIME,
        "r-" + position,
        "320211",
        "2026-03-01",
        "ArrivalRegistered",
        "pk-1",
        HUB_TIME);
  }

  protected static String itemJson(long position) {
    return "{\"position\": \"" + position + "\", \"fact\": {}}";
  }
}
