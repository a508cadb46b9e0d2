package org.tongchou.hub.accesslog.app;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.accesslog.domain.AccessChain;
import org.tongchou.hub.accesslog.domain.AccessEntry;

/**
 * The access log: every read of personal data, appended and committed before the read is answered.
 * A read whose entry cannot be committed fails with it and is not answered.
 *
 * <p>Why the chain cannot fork: an append first updates the single {@code access_log_head} row and
 * holds its lock until commit, so appends run one after another, each on the head the previous one
 * committed. The entry's own transaction is always a new one, so it is committed when {@link
 * #record} returns, whatever transaction the caller is in.
 */
@Service
public class AccessLog {

  /** Where the chain ends: the last entry's sequence and hash (0 and 64 zeros while empty). */
  public record Head(long sequence, String hash) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final AccessLogReader reader;

  AccessLog(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Clock clock,
      AccessLogReader reader) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.reader = reader;
  }

  /**
   * Records an answered read of {@code subjects} by {@code caller}; {@code purpose} may be null or
   * empty.
   */
  public AccessEntry record(Caller caller, String action, List<String> subjects, String purpose) {
    return append(caller, action, subjects, purpose, AccessEntry.ANSWERED);
  }

  /**
   * Records a read the hub refused, with the refusal's reason (its ErrorInfo reason or status
   * code).
   */
  public AccessEntry refused(
      Caller caller, String action, List<String> subjects, String purpose, String reason) {
    return append(caller, action, subjects, purpose, AccessEntry.REFUSED + reason);
  }

  /** The chain's head: one row read, cheap enough to put in every checkpoint. */
  public Head head() {
    return jdbc.queryForObject(
        "SELECT last_sequence, last_hash FROM access_log_head WHERE id = 1",
        (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
  }

  /** Recomputes the whole chain from the stored entries and names the first entry that fails. */
  public AccessChain.Verification verify() {
    // The head first: entries appended while we read lie beyond it and are left for next time.
    Head head = head();
    AccessChain chain = new AccessChain();
    reader.read(AccessLogQuery.upTo(head.sequence()), chain::accept);
    return chain.against(head.sequence(), head.hash());
  }

  /** A read to record: who, which action, about which subjects, why, and how it ended. */
  public record Draft(
      Caller caller, String action, List<String> subjects, String purpose, String outcome) {

    /**
     * A page of a feed about to be sent: {@code subjects} name the feed's range, then the person
     * keys of the page's events; committed before the page goes out, like any read ({@link
     * DeliveryLog}).
     */
    public static Draft delivered(Caller caller, String action, List<String> subjects) {
      return new Draft(caller, action, subjects, null, AccessEntry.DELIVERED);
    }
  }

  /**
   * Appends several entries in one transaction, in their order, and commits them: what feeds
   * delivering pages at once use, so that they queue once for the head row's lock, not once each
   * (issue #16, load: with 500 feeds the head row was the hub's most waited-for lock).
   */
  public List<AccessEntry> appendAll(List<Draft> drafts) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    return ownTransaction.execute(
        tx -> {
          // The lock on the head row is taken here and held to commit: appends queue behind it.
          jdbc.update(
              "UPDATE access_log_head SET last_sequence = last_sequence + ? WHERE id = 1",
              drafts.size());
          Head previous =
              jdbc.queryForObject(
                  "SELECT last_sequence - ?, last_hash FROM access_log_head WHERE id = 1",
                  (rs, n) -> new Head(rs.getLong(1), rs.getString(2)),
                  drafts.size());
          List<AccessEntry> entries = new ArrayList<>(drafts.size());
          for (Draft draft : drafts) {
            AccessEntry entry = sealed(draft, previous);
            entries.add(entry);
            previous = new Head(entry.sequence(), entry.hash());
          }
          jdbc.batchUpdate(
              "INSERT INTO access_log_entry (sequence, read_at, reader, role, jurisdiction, action, purpose, "
                  + "outcome, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              entries.stream()
                  .map(
                      entry ->
                          new Object[] {
                            entry.sequence(),
                            Timestamp.from(entry.readAt()),
                            entry.reader(),
                            entry.role(),
                            entry.jurisdiction(),
                            entry.action(),
                            entry.purpose(),
                            entry.outcome(),
                            entry.previousHash(),
                            entry.hash()
                          })
                  .toList());
          List<Object[]> rows = new ArrayList<>();
          for (AccessEntry entry : entries) {
            for (int i = 0; i < entry.subjects().size(); i++) {
              rows.add(new Object[] {entry.sequence(), i, entry.subjects().get(i)});
            }
          }
          jdbc.batchUpdate(
              "INSERT INTO access_log_subject (sequence, ordinal, subject) VALUES (?, ?, ?)", rows);
          jdbc.update("UPDATE access_log_head SET last_hash = ? WHERE id = 1", previous.hash());
          return entries;
        });
  }

  private AccessEntry append(
      Caller caller, String action, List<String> subjects, String purpose, String outcome) {
    return appendAll(List.of(new Draft(caller, action, subjects, purpose, outcome))).get(0);
  }

  /** The entry that follows {@code previous} in the chain, sealed with its hash. */
  private AccessEntry sealed(Draft draft, Head previous) {
    return new AccessEntry(
            previous.sequence() + 1,
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            draft.caller().credentialLabel(),
            draft.caller().role().name(),
            draft.caller().jurisdiction(),
            draft.action(),
            draft.subjects(),
            draft.purpose() == null || draft.purpose().isEmpty() ? null : draft.purpose(),
            draft.outcome(),
            previous.hash(),
            null)
        .sealed();
  }
}
