package org.tongchou.adapter.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tongchou.proto.v1.AccessLogEntry;

/**
 * Checks the hub's access log on this side of the wire, entry by entry, oldest first: each entry
 * follows the one before without a gap, names its hash, and hashes to what it says. The hash is
 * recomputed from the entry's fields with the documented encoding (docs/AUDIT.md, "Access log"):
 * JSON of the non-empty fields under their camelCase names, keys sorted, no white space, SHA-256
 * over its UTF-8 bytes. Nothing is taken from the hub on trust but the fields themselves.
 */
public final class AccessLogChain {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final ObjectMapper JSON = new ObjectMapper();

  private long checked;
  private long lastSequence;
  private String lastHash = GENESIS;
  private String broken;
  private long brokenSequence;

  /** Takes the next entry; false once the chain is broken (later entries are not judged). */
  public boolean accept(AccessLogEntry entry) {
    if (broken != null) {
      return false;
    }
    String expected = hashOf(entry);
    if (entry.getSequence() != lastSequence + 1) {
      fail(
          lastSequence + 1,
          entry.getSequence() <= lastSequence
              ? "entry " + entry.getSequence() + " comes again after entry " + lastSequence
              : "missing: entry " + entry.getSequence() + " follows entry " + lastSequence);
    } else if (!lastHash.equals(entry.getPreviousHash())) {
      fail(
          entry.getSequence(),
          "previous_hash "
              + entry.getPreviousHash()
              + " is not the hash of entry "
              + lastSequence
              + " ("
              + lastHash
              + ")");
    } else if (!expected.equals(entry.getHash())) {
      fail(
          entry.getSequence(),
          "altered: its fields hash to " + expected + ", not to its hash " + entry.getHash());
    } else {
      checked++;
      lastSequence = entry.getSequence();
      lastHash = entry.getHash();
      return true;
    }
    return false;
  }

  /** Entries whose link and hash held. */
  public long checked() {
    return checked;
  }

  /** The hash of the last entry that held (64 zeros before the first). */
  public String lastHash() {
    return lastHash;
  }

  /** The sequence of the first entry that failed, and why; empty while every entry held. */
  public Optional<String> broken() {
    return broken == null
        ? Optional.empty()
        : Optional.of("entry " + brokenSequence + ": " + broken);
  }

  /** The first entry that failed; 0 while every entry held. */
  public long brokenSequence() {
    return brokenSequence;
  }

  /** Ends the check against the head the hub claims: entries missing at the end show here. */
  public void endsAt(long headSequence, String headHash) {
    if (broken == null && (headSequence != lastSequence || !headHash.equals(lastHash))) {
      fail(
          lastSequence + 1,
          headSequence > lastSequence
              ? "missing: the hub's head is entry "
                  + headSequence
                  + " but the entries end at "
                  + lastSequence
              : "the hub's head (entry "
                  + headSequence
                  + ", "
                  + headHash
                  + ") is not the last entry received");
    }
  }

  private void fail(long sequence, String problem) {
    brokenSequence = sequence;
    broken = problem;
  }

  /**
   * SHA-256 (hex) of the entry's canonical JSON: its non-empty fields but the hash, keys sorted.
   */
  public static String hashOf(AccessLogEntry e) {
    Map<String, Object> fields = new TreeMap<>();
    put(fields, "action", e.getAction());
    put(fields, "jurisdiction", e.getJurisdiction());
    put(fields, "outcome", e.getOutcome());
    put(fields, "previousHash", e.getPreviousHash());
    put(fields, "purpose", e.getPurpose());
    put(
        fields,
        "readAt",
        Instant.ofEpochSecond(e.getReadAt().getSeconds(), e.getReadAt().getNanos()).toString());
    put(fields, "reader", e.getReader());
    put(fields, "role", e.getRole());
    fields.put("sequence", e.getSequence());
    if (e.getSubjectsCount() > 0) {
      fields.put("subjects", e.getSubjectsList());
    }
    try {
      return sha256(JSON.writeValueAsBytes(fields));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("strings and numbers always serialize", ex);
    }
  }

  private static void put(Map<String, Object> fields, String name, String value) {
    if (!value.isEmpty()) {
      fields.put(name, value);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
