package org.tongchou.hub.accesslog.domain;

import java.time.Instant;
import java.util.List;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.kernel.EventHashes;

/**
 * One read of personal data, as the access log keeps it. Sealed like a person's event: {@code hash}
 * is the SHA-256 of the entry's canonical JSON ({@link CanonicalJson}, version 1) with {@code hash}
 * left out; that JSON holds {@code previousHash}, so the entries form one chain.
 *
 * @param sequence 1-based, without gaps
 * @param readAt when the hub recorded the read (UTC, milliseconds)
 * @param reader the credential's label
 * @param role the credential's role ({@code REGION}, {@code OFFICE}, {@code AUDITOR})
 * @param jurisdiction the credential's division code; null for an auditor and the national office
 * @param action what was read: the rpc, {@code Service.Method}
 * @param subjects what about: person keys, obligation ids, the scope of an export; never an ID
 *     number
 * @param purpose why, as the reader gave it; null when not given
 * @param outcome {@link #ANSWERED}; {@link #DELIVERED} for a page of a feed; or {@code
 *     refused:REASON} with the refusal's ErrorInfo reason
 */
public record AccessEntry(
    long sequence,
    Instant readAt,
    String reader,
    String role,
    String jurisdiction,
    String action,
    List<String> subjects,
    String purpose,
    String outcome,
    String previousHash,
    String hash) {

  public static final String ANSWERED = "answered";
  public static final String REFUSED = "refused:";

  /** A page of a feed, logged before it is sent: its range, then its events' person keys. */
  public static final String DELIVERED = "delivered";

  public boolean refused() {
    return outcome.startsWith(REFUSED);
  }

  public AccessEntry {
    subjects = List.copyOf(subjects);
  }

  public AccessEntry withHash(String newHash) {
    return new AccessEntry(
        sequence,
        readAt,
        reader,
        role,
        jurisdiction,
        action,
        subjects,
        purpose,
        outcome,
        previousHash,
        newHash);
  }

  /** The hash this entry should carry: over its canonical JSON without the hash. */
  public String expectedHash() {
    return EventHashes.sha256(CanonicalJson.bytes(withHash(null)));
  }

  public AccessEntry sealed() {
    return withHash(expectedHash());
  }
}
