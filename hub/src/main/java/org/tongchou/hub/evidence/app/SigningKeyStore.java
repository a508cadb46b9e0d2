package org.tongchou.hub.evidence.app;

import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.hub.evidence.domain.SigningKeyRecord;

/** The public halves of every signing key the hub ever used, oldest first. */
@Repository
class SigningKeyStore {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  SigningKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    // A key is recorded on its own, whatever the caller is in (a Submit's first receipt may make
    // the first key): a lost race must not abort the caller's transaction, nor a rollback unrecord
    // a key.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  List<RecordedKey> all() {
    return jdbc.query(
        "SELECT key_id, public_key, activated_at, previous_key_id, endorsement FROM signing_key "
            + "ORDER BY activated_at, key_id",
        (rs, n) ->
            new RecordedKey(
                new SigningKeyRecord(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getString(4)),
                rs.getString(5) == null ? null : Base64.getDecoder().decode(rs.getString(5))));
  }

  /**
   * Records a key; false when another key already replaces the same one (or is already the first):
   * the chain of keys does not fork, and the caller lost a race.
   */
  boolean add(RecordedKey recorded) {
    SigningKeyRecord key = recorded.key();
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "INSERT INTO signing_key "
                      + "(key_id, public_key, activated_at, previous_key_id, endorsement, replaces) VALUES (?, ?, ?, ?, ?, ?)",
                  key.keyId(),
                  key.publicKey(),
                  Timestamp.from(key.activatedAt()),
                  key.previousKeyId(),
                  recorded.endorsement() == null
                      ? null
                      : Base64.getEncoder().encodeToString(recorded.endorsement()),
                  key.previousKeyId() == null ? "" : key.previousKeyId()));
      return true;
    } catch (DuplicateKeyException lost) {
      return false;
    }
  }
}
