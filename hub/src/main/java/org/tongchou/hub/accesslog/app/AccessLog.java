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

  private AccessEntry append(
      Caller caller, String action, List<String> subjects, String purpose, String outcome) {
    return ownTransaction.execute(
        tx -> {
          // The lock on the head row is taken here and held to commit: appends queue behind it.
          jdbc.update("UPDATE access_log_head SET last_sequence = last_sequence + 1 WHERE id = 1");
          Head previous =
              jdbc.queryForObject(
                  "SELECT last_sequence - 1, last_hash FROM access_log_head WHERE id = 1",
                  (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
          AccessEntry entry =
              new AccessEntry(
                      previous.sequence() + 1,
                      clock.instant().truncatedTo(ChronoUnit.MILLIS),
                      caller.credentialLabel(),
                      caller.role().name(),
                      caller.jurisdiction(),
                      action,
                      subjects,
                      purpose == null || purpose.isEmpty() ? null : purpose,
                      outcome,
                      previous.hash(),
                      null)
                  .sealed();
          jdbc.update(
              "INSERT INTO access_log_entry (sequence, read_at, reader, role, jurisdiction, action, purpose, "
                  + "outcome, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              entry.sequence(),
              Timestamp.from(entry.readAt()),
              entry.reader(),
              entry.role(),
              entry.jurisdiction(),
              entry.action(),
              entry.purpose(),
              entry.outcome(),
              entry.previousHash(),
              entry.hash());
          List<Object[]> rows = new ArrayList<>();
          for (int i = 0; i < entry.subjects().size(); i++) {
            rows.add(new Object[] {entry.sequence(), i, entry.subjects().get(i)});
          }
          jdbc.batchUpdate(
              "INSERT INTO access_log_subject (sequence, ordinal, subject) VALUES (?, ?, ?)", rows);
          jdbc.update("UPDATE access_log_head SET last_hash = ? WHERE id = 1", entry.hash());
          return entry;
        });
  }
}
