package org.tongchou.hub.access.app;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.access.domain.Caller;
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

    /** Issues a new token for a jurisdiction and returns it; it is shown this once only. */
    public String issue(String jurisdiction, String label) {
        if (!regions.isKnown(jurisdiction)) {
            throw new IllegalArgumentException("unknown division code " + jurisdiction);
        }
        String token = Tokens.newToken();
        jdbc.update("INSERT INTO region_credential (token_hash, jurisdiction, label, issued_at) VALUES (?, ?, ?, ?)",
                Tokens.hash(token), jurisdiction, label, Timestamp.from(clock.instant()));
        return token;
    }

    public Optional<Caller> recognise(String token) {
        return jdbc.query("SELECT jurisdiction, label FROM region_credential WHERE token_hash = ? AND revoked_at IS NULL",
                (rs, n) -> new Caller(rs.getString(1), rs.getString(2)), Tokens.hash(token)).stream().findFirst();
    }
}
