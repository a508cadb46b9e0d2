package org.tongchou.hub.access.app;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.access.domain.Lifetimes;
import org.tongchou.hub.access.domain.PrintableText;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.domain.Tokens;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * Issues, lists and revokes credentials, and recognises them. Tokens are stored hashed, never in
 * clear; a revoked certificate is kept by serial. Plain JDBC, so that the operator's commands use
 * it without starting the hub ({@link #forCommand}).
 */
@Repository
public class CredentialStore {

  private final JdbcTemplate jdbc;
  private final RegionDirectory regions;
  private final Clock clock;
  private final Duration tokenLifetime;

  CredentialStore(
      JdbcTemplate jdbc,
      RegionDirectory regions,
      Clock clock,
      @Value("${tongchou.access.tokens.lifetime:90d}") String tokenLifetime) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.clock = clock;
    this.tokenLifetime = Lifetimes.parse(tokenLifetime);
  }

  /** The store over a plain data source, for the operator's commands (no Spring context). */
  public static CredentialStore forCommand(DataSource dataSource, Duration tokenLifetime) {
    return new CredentialStore(
        new JdbcTemplate(dataSource),
        RegionDirectory.shipped(),
        Clock.systemUTC(),
        tokenLifetime.toString());
  }

  /** A token just issued: shown this once only. */
  public record Issued(String token, String id, Instant expiresAt) {}

  /** A credential as {@code credentials list} shows it; never the token. */
  public record Listed(
      String id,
      Role role,
      String jurisdiction,
      String label,
      Instant issuedAt,
      Instant expiresAt,
      Instant revokedAt,
      String revokedReason) {}

  /** Issues a new region token for a jurisdiction and returns it; it is shown this once only. */
  public String issue(String jurisdiction, String label) {
    return issue(Role.REGION, jurisdiction, label);
  }

  /** A token of the default lifetime ({@code tongchou.access.tokens.lifetime}). */
  public String issue(Role role, String jurisdiction, String label) {
    return issueDefault(role, jurisdiction, label).token();
  }

  /** The same, with its id and expiry. */
  public Issued issueDefault(Role role, String jurisdiction, String label) {
    return issue(role, jurisdiction, label, tokenLifetime);
  }

  /**
   * Issues a token for a role: a region needs a known division code, an office one or none (the
   * national office), an auditor none. The hub keeps its SHA-256.
   */
  public Issued issue(Role role, String jurisdiction, String label, Duration lifetime) {
    boolean fits =
        switch (role) {
          case AUDITOR -> jurisdiction == null;
          case OFFICE -> jurisdiction == null || regions.isKnown(jurisdiction);
          case REGION -> jurisdiction != null && regions.isKnown(jurisdiction);
        };
    if (!fits) {
      throw new IllegalArgumentException(
          role == Role.AUDITOR
              ? "an auditor has no jurisdiction"
              : "unknown division code " + jurisdiction);
    }
    PrintableText.check("label", label, 200);
    if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Lifetimes.MAX) > 0) {
      throw new IllegalArgumentException(
          "a lifetime must be positive and at most " + Lifetimes.MAX.toDays() + " days");
    }
    String token = Tokens.newToken();
    String hash = Tokens.hash(token);
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    jdbc.update(
        "INSERT INTO region_credential (token_hash, credential_id, role, jurisdiction, label, "
            + "issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        hash,
        Tokens.idOf(hash),
        role.name(),
        jurisdiction,
        label,
        Timestamp.from(now),
        Timestamp.from(expires));
    return new Issued(token, Tokens.idOf(hash), expires);
  }

  /** The token's credential, whatever its state; see {@link #recognise} for a valid one. */
  public Optional<Listed> find(String token) {
    return jdbc
        .query(SELECT + "WHERE token_hash = ?", CredentialStore::listed, Tokens.hash(token))
        .stream()
        .findFirst();
  }

  /** The credential of a token that is known, unrevoked and unexpired now. */
  public Optional<Credential> recognise(String token) {
    Instant now = clock.instant();
    return find(token)
        .filter(c -> c.revokedAt() == null && now.isBefore(c.expiresAt()))
        .map(
            c ->
                new Credential(
                    Credential.Kind.TOKEN,
                    c.id(),
                    new Caller(c.role(), c.jurisdiction(), c.label()),
                    c.expiresAt()));
  }

  /** Every token credential, newest first. */
  public List<Listed> list() {
    return jdbc.query(SELECT + "ORDER BY issued_at DESC, credential_id", CredentialStore::listed);
  }

  /**
   * Revokes a token by its id; a second revocation keeps the first one's time and reason. Empty
   * when no credential has that id.
   */
  public Optional<Listed> revoke(String id, String reason) {
    PrintableText.check("reason", reason, 200);
    jdbc.update(
        "UPDATE region_credential SET revoked_at = ?, revoked_reason = ? "
            + "WHERE credential_id = ? AND revoked_at IS NULL",
        Timestamp.from(clock.instant()),
        reason,
        id);
    return jdbc.query(SELECT + "WHERE credential_id = ?", CredentialStore::listed, id).stream()
        .findFirst();
  }

  /** Revokes a certificate of the hub's CA by serial (hex); true if it was not revoked before. */
  public boolean revokeCertificate(String serial, String subject, String reason) {
    PrintableText.check("reason", reason, 200);
    String normalised = serial.toLowerCase(java.util.Locale.ROOT);
    if (!normalised.matches("[0-9a-f]{1,40}")) {
      throw new IllegalArgumentException("'" + serial + "' is not a certificate serial (hex)");
    }
    if (isCertificateRevoked(normalised)) {
      return false;
    }
    jdbc.update(
        "INSERT INTO revoked_certificate (serial, subject, revoked_at, reason) VALUES (?, ?, ?, ?)",
        normalised,
        subject,
        Timestamp.from(clock.instant()),
        reason);
    return true;
  }

  public boolean isCertificateRevoked(String serial) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM revoked_certificate WHERE serial = ?",
            Integer.class,
            serial.toLowerCase(java.util.Locale.ROOT));
    return n != null && n > 0;
  }

  /**
   * The keys ({@link Credential#key()}) of every revoked credential: few, since revocation is rare,
   * so that open calls are re-checked with one query however many there are.
   */
  public Set<String> revokedKeys() {
    Set<String> keys = new HashSet<>();
    jdbc.query(
        "SELECT credential_id FROM region_credential WHERE revoked_at IS NOT NULL",
        rs -> {
          keys.add(Credential.key(Credential.Kind.TOKEN, rs.getString(1)));
        });
    jdbc.query(
        "SELECT serial FROM revoked_certificate",
        rs -> {
          keys.add(Credential.key(Credential.Kind.CERTIFICATE, rs.getString(1)));
        });
    return keys;
  }

  private static final String SELECT =
      "SELECT credential_id, role, jurisdiction, label, issued_at, expires_at, revoked_at, "
          + "revoked_reason FROM region_credential ";

  private static Listed listed(ResultSet rs, int row) throws SQLException {
    return new Listed(
        rs.getString(1),
        Role.parse(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        instant(rs.getTimestamp(5)),
        instant(rs.getTimestamp(6)),
        instant(rs.getTimestamp(7)),
        rs.getString(8));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
