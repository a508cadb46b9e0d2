package org.tongchou.workload.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.sealing.domain.DataKeys;
import org.tongchou.hub.sealing.domain.SealedText;

/**
 * What a hub's store holds, read straight from its tables, in a form two stores can be compared in:
 * everything that must not differ between two hubs that recorded the same facts in the same order,
 * and nothing that must.
 *
 * <p>What must differ, and is therefore left out or replaced: person keys (random per hub; each is
 * replaced by the person's {@code person_index} lookup, the keyed digest of the ID number, which is
 * the same under the tests' one secret), event ids, the hub's times ({@code recordedAt}), hashes
 * (they cover both), log and global positions, receipt signatures and batch ids, and sealed texts
 * (encrypted under each hub's own per-person keys with random nonces). Hashes and chains are
 * instead checked within each store ({@link #chainProblems}).
 */
final class StoreSnapshot {

  private static final Pattern PERSON_KEY = Pattern.compile("\\bp[0-9a-f]{40}\\b");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each person's events, as normalized canonical JSON, by person (lookup). */
  final Map<String, List<String>> events = new TreeMap<>();

  /** Each receipt: region/recordId to its normalized content. */
  final Map<String, String> receipts = new TreeMap<>();

  /** Each obligation of the read model, by obligation id, normalized. */
  final Map<String, String> obligations = new TreeMap<>();

  /** Each feed entry: person (lookup) and sequence to divisions and whether an import wrote it. */
  final Map<String, String> feed = new TreeMap<>();

  /** Hash-chain problems found within the store, one line each. */
  final List<String> chainProblems = new ArrayList<>();

  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, Map<String, String>> nameDigests = new HashMap<>();

  static StoreSnapshot of(ApplicationContext hub) {
    JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
    DataKeys keys = hub.getBean(DataKeys.class);
    StoreSnapshot s = new StoreSnapshot();
    jdbc.query(
        "SELECT lookup, person_key FROM person_index",
        rs -> {
          s.labels.put(rs.getString(2), "person:" + rs.getString(1).substring(0, 16));
        });
    Map<String, String> lastHash = new HashMap<>();
    Map<Long, String> eventAt = new HashMap<>();
    jdbc.query(
        "SELECT aggregate_identifier, sequence_number, payload, global_index, event_identifier"
            + " FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number",
        rs -> {
          String key = rs.getString(1);
          if (!s.labels.containsKey(key)) {
            return; // not a person's stream
          }
          String stored = new String(rs.getBytes(3), StandardCharsets.UTF_8);
          String label = s.labels.get(key);
          s.checkChain(label + "#" + rs.getLong(2), stored, lastHash.get(key));
          lastHash.put(key, hashOf(stored));
          Map<String, String> digests = s.nameDigests.computeIfAbsent(key, k -> new HashMap<>());
          s.events
              .computeIfAbsent(label, k -> new ArrayList<>())
              .add(
                  s.normalized(
                      stored,
                      text -> opened(keys, key, text),
                      digest ->
                          digests.computeIfAbsent(digest, d -> "name#" + (digests.size() + 1))));
          eventAt.put(rs.getLong(4), label + "#" + rs.getLong(2));
        });
    jdbc.query(
        "SELECT region, record_id, fingerprint, person_key, person_sequence, chain_shown, hash,"
            + " event_id FROM fact_receipt",
        rs -> {
          s.receipts.put(
              rs.getString(1) + "/" + rs.getString(2),
              rs.getString(3)
                  + " "
                  + s.label(rs.getString(4))
                  + "#"
                  + rs.getLong(5)
                  + " chainShown="
                  + rs.getBoolean(6));
        });
    jdbc.query(
        "SELECT * FROM obligation_view",
        rs -> {
          StringBuilder row = new StringBuilder();
          for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            String column = rs.getMetaData().getColumnName(c);
            if (!column.equalsIgnoreCase("last_position")) {
              row.append(column).append('=').append(rs.getString(c)).append(' ');
            }
          }
          s.obligations.put(rs.getString("obligation_id"), s.replaceKeys(row.toString()));
        });
    jdbc.query(
        "SELECT global_index, divisions, imported FROM feed_entry",
        rs -> {
          String event = eventAt.get(rs.getLong(1));
          if (event != null) {
            s.feed.put(event, rs.getString(2) + " imported=" + rs.getBoolean(3));
          }
        });
    return s;
  }

  private String label(String personKey) {
    return labels.getOrDefault(personKey, "unknown-person");
  }

  private String replaceKeys(String text) {
    Matcher m = PERSON_KEY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(label(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A sealed text opened with the person's data key, so that two hubs' texts compare. */
  private static String opened(DataKeys keys, String personKey, String sealed) {
    return keys.find(personKey)
        .map(k -> "opened:" + SealedText.open(k, personKey, sealed))
        .orElse("shredded");
  }

  /** The stored JSON without what must differ between two hubs. */
  private String normalized(
      String stored, UnaryOperator<String> open, UnaryOperator<String> nameDigest) {
    try {
      JsonNode tree = JSON.readTree(stored);
      if (tree instanceof ObjectNode object && object.hasNonNull("nameDigest")) {
        object.put("nameDigest", nameDigest.apply(object.get("nameDigest").asText()));
      }
      strip(tree, open);
      return replaceKeys(JSON.writeValueAsString(tree));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void strip(JsonNode node, UnaryOperator<String> open) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of("hash", "previousHash", "recordedAt"));
      object
          .properties()
          .forEach(
              e -> {
                if (e.getValue().isTextual() && SealedText.isSealed(e.getValue().asText())) {
                  e.setValue(JSON.getNodeFactory().textNode(open.apply(e.getValue().asText())));
                }
              });
      object.forEach(child -> strip(child, open));
    } else if (node.isArray()) {
      node.forEach(child -> strip(child, open));
    }
  }

  /**
   * The stored bytes hash to their own {@code hash}, whose {@code previousHash} is the last one.
   */
  private void checkChain(String where, String stored, String previous) {
    try {
      JsonNode tree = JSON.readTree(stored);
      String hash = tree.path("hash").asText();
      String without = stored.replace("\"hash\":\"" + hash + "\",", "");
      if (!sha256(without).equals(hash)) {
        chainProblems.add(where + ": stored bytes do not hash to " + hash);
      }
      String expectedPrevious = previous == null ? "0".repeat(64) : previous;
      if (!tree.path("previousHash").asText().equals(expectedPrevious)) {
        chainProblems.add(where + ": previousHash is not the hash of the event before");
      }
    } catch (java.io.IOException e) {
      chainProblems.add(where + ": not JSON: " + e.getMessage());
    }
  }

  private static String hashOf(String stored) {
    try {
      return JSON.readTree(stored).path("hash").asText();
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
