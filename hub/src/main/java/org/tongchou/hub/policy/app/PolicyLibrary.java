package org.tongchou.hub.policy.app;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.policy.domain.PolicyCheck;
import org.tongchou.hub.policy.domain.PolicyDocument;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.region.domain.RegionLevel;

/**
 * Every policy version ever in force, kept in {@code policy_document} byte for byte with its
 * SHA-256, so that an auditor can see exactly which text an obligation's version names. A version
 * is never replaced: loading the same version with other text is refused, and a shipped file whose
 * text changed under an old version stops the hub from starting.
 */
@Repository
public class PolicyLibrary {

  /** What became of a load. */
  public sealed interface Outcome permits Loaded, Unchanged, Refused {}

  public record Loaded(PolicyDocument document, String sha256) implements Outcome {}

  public record Unchanged(PolicyDocument document, String sha256) implements Outcome {}

  /**
   * @param reason a stable word: INVALID_POLICY, VERSION_EXISTS
   */
  public record Refused(String reason, List<FieldViolation> problems) implements Outcome {}

  static final Set<String> FACT_TYPES =
      Arrays.stream(FactData.class.getPermittedSubclasses())
          .map(Class::getSimpleName)
          .collect(Collectors.toUnmodifiableSet());

  private final JdbcTemplate jdbc;
  private final RegionDirectory regions;
  private final Clock clock;

  PolicyLibrary(JdbcTemplate jdbc, RegionDirectory regions, Clock clock) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.clock = clock;
  }

  /** Stores the shipped files on first sight; refuses to go on if one changed under its version. */
  void rememberShipped() {
    for (String file : ShippedPolicies.FILES) {
      byte[] yaml = ShippedPolicies.bytes(file);
      PolicyDocument document = ((PolicyYaml.Parsed) PolicyYaml.read(yaml)).document();
      Optional<String> stored = storedHash(document.version());
      String hash = EventHashes.sha256(yaml);
      if (stored.isEmpty()) {
        insert(document, yaml, hash, "shipped");
      } else if (!stored.get().equals(hash)) {
        throw new IllegalStateException(
            "shipped policy "
                + file
                + " differs from the version "
                + document.version()
                + " this hub recorded; a changed policy needs a new version");
      }
    }
  }

  /**
   * Checks and stores a new version; the catalog takes it at once on this node, within seconds on
   * others.
   */
  public Outcome publish(byte[] yaml, PolicyCatalog catalog) {
    Outcome outcome = load(yaml);
    if (outcome instanceof Loaded) {
      catalog.replace(book());
    }
    return outcome;
  }

  /** Checks and stores a new version. */
  public Outcome load(byte[] yaml) {
    PolicyYaml.Read read = PolicyYaml.read(yaml);
    if (read instanceof PolicyYaml.Unreadable unreadable) {
      return new Refused("INVALID_POLICY", List.of(unreadable.problem()));
    }
    PolicyDocument document = ((PolicyYaml.Parsed) read).document();
    PolicyBook book = book();
    PolicyDocument base = document.isNational() ? null : latestNational(book);
    List<FieldViolation> problems =
        PolicyCheck.problems(document, base, FACT_TYPES, this::isProvince);
    if (!problems.isEmpty()) {
      return new Refused("INVALID_POLICY", problems);
    }
    String hash = EventHashes.sha256(yaml);
    Optional<String> stored = storedHash(document.version());
    if (stored.isPresent()) {
      return stored.get().equals(hash)
          ? new Unchanged(document, hash)
          : new Refused(
              "VERSION_EXISTS",
              List.of(
                  new FieldViolation(
                      "version",
                      "version "
                          + document.version()
                          + " exists with other text; give the changed policy a new version")));
    }
    insert(document, yaml, hash, "loaded");
    return new Loaded(document, hash);
  }

  /** Every stored version (shipped and loaded), with the shipped calendars. */
  public PolicyBook book() {
    return bookOf(
        jdbc.query(
            "SELECT document FROM policy_document ORDER BY effective_from, version",
            (rs, n) -> rs.getString(1)));
  }

  /**
   * The book as the hub held it at {@code at}: the versions loaded by then (a replay scores with
   * it).
   */
  public PolicyBook bookAsOf(Instant at) {
    return bookOf(
        jdbc.query(
            "SELECT document FROM policy_document WHERE loaded_at <= ? "
                + "ORDER BY effective_from, version",
            (rs, n) -> rs.getString(1),
            Timestamp.from(at)));
  }

  private static PolicyBook bookOf(List<String> texts) {
    List<PolicyDocument> documents = new ArrayList<>();
    for (String text : texts) {
      documents.add(
          ((PolicyYaml.Parsed) PolicyYaml.read(text.getBytes(StandardCharsets.UTF_8))).document());
    }
    return documents.isEmpty()
        ? ShippedPolicies.book()
        : new PolicyBook(documents, ShippedPolicies.calendars());
  }

  /** How many versions are stored: a cheap way for every hub node to notice a new one. */
  long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM policy_document", Long.class);
  }

  /** A stored version's summary: scope, effective date, hash. */
  public record Summary(String version, String scope, LocalDate effectiveFrom, String sha256) {}

  /** Every stored version, oldest first. */
  public List<Summary> summaries() {
    return jdbc.query(
        "SELECT version, scope, effective_from, sha256 FROM policy_document "
            + "ORDER BY effective_from, version",
        (rs, n) ->
            new Summary(
                rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)));
  }

  /** A stored version's text, for anyone who reads the policy. */
  public Optional<String> text(String version) {
    return jdbc
        .query(
            "SELECT document FROM policy_document WHERE version = ?",
            (rs, n) -> rs.getString(1),
            version)
        .stream()
        .findFirst();
  }

  private Optional<String> storedHash(String version) {
    return jdbc
        .query(
            "SELECT sha256 FROM policy_document WHERE version = ?",
            (rs, n) -> rs.getString(1),
            version)
        .stream()
        .findFirst();
  }

  private void insert(PolicyDocument document, byte[] yaml, String hash, String source) {
    jdbc.update(
        "INSERT INTO policy_document (version, scope, effective_from, document, sha256, source, loaded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
        document.version(),
        document.scope(),
        Date.valueOf(document.effectiveFrom()),
        new String(yaml, StandardCharsets.UTF_8),
        hash,
        source,
        Timestamp.from(clock.instant()));
  }

  private static PolicyDocument latestNational(PolicyBook book) {
    PolicyDocument latest = null;
    for (PolicyDocument d : book.documents()) {
      if (d.isNational()) {
        latest = d;
      }
    }
    return latest;
  }

  private boolean isProvince(String code) {
    return regions.find(code).map(r -> r.level() == RegionLevel.PROVINCE).orElse(false);
  }
}
