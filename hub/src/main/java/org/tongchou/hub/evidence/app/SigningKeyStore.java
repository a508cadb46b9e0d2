package org.tongchou.hub.evidence.app;

import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.evidence.domain.SigningKeyRecord;

/** The public halves of every signing key the hub ever used, oldest first. */
@Repository
class SigningKeyStore {

    private final JdbcTemplate jdbc;

    SigningKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RecordedKey> all() {
        return jdbc.query("SELECT key_id, public_key, activated_at, previous_key_id, endorsement FROM signing_key "
                        + "ORDER BY activated_at, key_id",
                (rs, n) -> new RecordedKey(new SigningKeyRecord(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)),
                        rs.getString(5) == null ? null : Base64.getDecoder().decode(rs.getString(5))));
    }

    void add(RecordedKey recorded) {
        SigningKeyRecord key = recorded.key();
        jdbc.update("INSERT INTO signing_key (key_id, public_key, activated_at, previous_key_id, endorsement) "
                        + "VALUES (?, ?, ?, ?, ?)", key.keyId(), key.publicKey(), Timestamp.from(key.activatedAt()),
                key.previousKeyId(),
                recorded.endorsement() == null ? null : Base64.getEncoder().encodeToString(recorded.endorsement()));
    }
}
