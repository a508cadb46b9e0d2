package org.tongchou.hub.access.app;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.domain.Tokens;
import org.tongchou.hub.region.domain.RegionDirectory;

/** Issues region credentials and recognises them. Tokens are stored hashed, never in clear. */
@Repository
public class CredentialStore {

  private final JdbcTemplate jdbc;
  private final RegionDirectory regions;
  private final Clock clock;

  CredentialStore(JdbcTemplate jdbc, RegionDirectory regions, Clock clock) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.clock = clock;
  }

  /** Issues a new region token for a jurisdiction and returns it; it is shown this once only. */
  public String issue(String jurisdiction, String label) {
    return issue(Role.REGION, jurisdiction, label);
  }

  /**
   * Issues a token for a role: a region needs a known division code, an office one or none (the
   * national office), an auditor none. The token is returned, shown this once only; the hub keeps
   * its SHA-256.
   */
  public String issue(Role role, String jurisdiction, String label) {
    boolean fits =
        switch (role) {
          case AUDITOR -> jurisdiction == null;
          case OFFICE -> jurisdiction == null || regions.isKnown(jurisdiction);
          case REGION -> regions.isKnown(jurisdiction);
        };
    if (!fits) {
      throw new IllegalArgumentException(
          role == Role.AUDITOR
              ? "an auditor has no jurisdiction"
              : "unknown division code " + jurisdiction);
    }
    String token = Tokens.newToken();
    jdbc.update(
        "INSERT INTO region_credential (token_hash, role, jurisdiction, label, issued_at) "
            + "VALUES (?, ?, ?, ?, ?)",
        Tokens.hash(token),
        role.name(),
        jurisdiction,
        label,
        Timestamp.from(clock.instant()));
    return token;
  }

  public Optional<Caller> recognise(String token) {
    return jdbc
        .query(
            "SELECT role, jurisdiction, label FROM region_credential "
                + "WHERE token_hash = ? AND revoked_at IS NULL",
            (rs, n) -> new Caller(Role.parse(rs.getString(1)), rs.getString(2), rs.getString(3)),
            Tokens.hash(token))
        .stream()
        .findFirst();
  }
}
