package org.tongchou.hub.sync.app;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.person.domain.Receipt;
import org.tongchou.hub.person.domain.ReceiptSignature;
import org.tongchou.hub.platform.jdbc.ArrayQueries;

/**
 * Receipts by idempotency key. The primary key on (region, record_id) is what makes a fact recorded
 * once even when two streams race with the same record.
 */
@Repository
class ReceiptStore {

  private static final String COLUMNS =
      "region, record_id, fingerprint, person_key, event_id, global_position, "
          + "person_sequence, recorded_at, hash, previous_hash, receipt_body, receipt_path, batch_id, "
          + "chain_shown, log_position";

  /** A receipt with its batch's signature; a receipt from before receipts were signed has none. */
  private static final String SELECT =
      "SELECT r.region, r.record_id, r.fingerprint, r.person_key, r.event_id, "
          + "r.global_position, r.person_sequence, r.recorded_at, r.hash, r.previous_hash, r.receipt_body, "
          + "r.receipt_path, r.chain_shown, r.log_position, b.body AS batch_body, b.signature, "
          + "b.key_id "
          + "FROM fact_receipt r "
          + "LEFT JOIN receipt_batch b ON b.batch_id = r.batch_id ";

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;

  ReceiptStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
  }

  Map<ReceiptKey, StoredReceipt> find(Collection<ReceiptKey> keys) {
    Map<ReceiptKey, StoredReceipt> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    // One query per reporting division; a batch usually has a handful.
    keys.stream()
        .collect(
            Collectors.groupingBy(
                ReceiptKey::region, Collectors.mapping(ReceiptKey::recordId, Collectors.toSet())))
        .forEach(
            (region, recordIds) ->
                arrays.query(
                    SELECT + "WHERE r.region = ? AND r.record_id = ANY(?)",
                    rs -> {
                      StoredReceipt stored = read(rs);
                      found.put(
                          new ReceiptKey(stored.receipt().region(), stored.receipt().recordId()),
                          stored);
                    },
                    region,
                    recordIds));
    return found;
  }

  List<Receipt> ofPerson(String personKey) {
    return jdbc.query(
        SELECT + "WHERE r.person_key = ? ORDER BY r.person_sequence",
        (rs, n) -> read(rs).receipt(),
        personKey);
  }

  /**
   * The receipts of one signed batch, and the batch's signature (kept once, under its first
   * position).
   */
  void insertAll(List<StoredReceipt> receipts) {
    Receipt first = receipts.get(0).receipt();
    jdbc.update(
        "INSERT INTO receipt_batch (batch_id, body, signature, key_id) VALUES (?, ?, ?, ?)",
        first.position(),
        first.signature().batchBody(),
        Base64.getEncoder().encodeToString(first.signature().signature()),
        first.signature().keyId());
    jdbc.batchUpdate(
        "INSERT INTO fact_receipt ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        receipts.stream()
            .map(
                s -> {
                  Receipt r = s.receipt();
                  return new Object[] {
                    r.region(),
                    r.recordId(),
                    s.fingerprint(),
                    r.personKey(),
                    r.eventId(),
                    r.position(),
                    r.personSequence(),
                    Timestamp.from(r.recordedAt()),
                    r.hash(),
                    r.previousHash(),
                    r.signature().receiptBody(),
                    String.join(" ", r.signature().path()),
                    first.position(),
                    s.chainShown(),
                    r.logPosition()
                  };
                })
            .toList());
  }

  private static StoredReceipt read(ResultSet rs) throws SQLException {
    String batchBody = rs.getString("batch_body");
    ReceiptSignature signature =
        batchBody == null
            ? null
            : new ReceiptSignature(
                rs.getString("receipt_body"),
                rs.getString("receipt_path").isEmpty()
                    ? List.of()
                    : List.of(rs.getString("receipt_path").split(" ")),
                batchBody,
                Base64.getDecoder().decode(rs.getString("signature")),
                rs.getString("key_id"),
                rs.getBoolean("chain_shown"));
    Receipt receipt =
        new Receipt(
            rs.getString("event_id"),
            rs.getLong("global_position"),
            rs.getTimestamp("recorded_at").toInstant(),
            rs.getString("hash"),
            rs.getString("previous_hash"),
            rs.getString("person_key"),
            rs.getString("region"),
            rs.getString("record_id"),
            rs.getLong("person_sequence"),
            signature,
            rs.getLong("log_position"));
    return new StoredReceipt(rs.getString("fingerprint"), receipt, rs.getBoolean("chain_shown"));
  }
}
