package org.tongchou.hub.sync.app;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.platform.jdbc.ArrayQueries;
import org.tongchou.hub.sync.domain.Receipt;

/**
 * Receipts by idempotency key. The primary key on (region, record_id) is what makes a fact
 * recorded once even when two streams race with the same record.
 */
@Repository
class ReceiptStore {

    private static final String COLUMNS = "region, record_id, fingerprint, person_key, event_id, global_position, "
            + "person_sequence, recorded_at, hash, previous_hash";

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
        keys.stream().collect(java.util.stream.Collectors.groupingBy(ReceiptKey::region,
                java.util.stream.Collectors.mapping(ReceiptKey::recordId, java.util.stream.Collectors.toSet())))
                .forEach((region, recordIds) -> arrays.query("SELECT " + COLUMNS
                        + " FROM fact_receipt WHERE region = ? AND record_id = ANY(?)", rs -> {
                            StoredReceipt stored = read(rs);
                            found.put(new ReceiptKey(stored.receipt().region(), stored.receipt().recordId()), stored);
                        }, region, recordIds));
        return found;
    }

    List<Receipt> ofPerson(String personKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fact_receipt WHERE person_key = ? ORDER BY person_sequence",
                (rs, n) -> read(rs).receipt(), personKey);
    }

    void insertAll(List<StoredReceipt> receipts) {
        jdbc.batchUpdate("INSERT INTO fact_receipt (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                receipts.stream().map(s -> {
                    Receipt r = s.receipt();
                    return new Object[] {r.region(), r.recordId(), s.fingerprint(), r.personKey(), r.eventId(),
                            r.position(), r.personSequence(), Timestamp.from(r.recordedAt()), r.hash(),
                            r.previousHash()};
                }).toList());
    }

    private static StoredReceipt read(ResultSet rs) throws SQLException {
        Receipt receipt = new Receipt(rs.getString("event_id"), rs.getLong("global_position"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("hash"), rs.getString("previous_hash"),
                rs.getString("person_key"), rs.getString("region"), rs.getString("record_id"),
                rs.getLong("person_sequence"));
        return new StoredReceipt(rs.getString("fingerprint"), receipt);
    }
}
