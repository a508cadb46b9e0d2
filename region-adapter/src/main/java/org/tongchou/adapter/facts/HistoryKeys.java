package org.tongchou.adapter.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What an import orders a history by, read from a mapped fact: the person it is about, its business
 * date, the record it corrects; and a digest of a whole ordered history, so that a resumed import
 * knows it is resuming the same one.
 */
public final class HistoryKeys {

  private HistoryKeys() {}

  /**
   * The person a fact is about: the ID number as given, upper case (a legacy 15-digit number and
   * its 18-digit form count as two persons here; the hub knows them as one).
   */
  public static String person(MappedFact fact) {
    return fact.fact().getPerson().getIdNumber().strip().toUpperCase(Locale.ROOT);
  }

  /** The business date as given, {@code YYYY-MM-DD}: ISO dates sort as text. */
  public static String businessDate(MappedFact fact) {
    return fact.fact().getOccurredOn();
  }

  /** The reporting region and the record id: the hub's idempotency key. */
  public static String recordKey(MappedFact fact) {
    return fact.fact().getRegion() + "/" + fact.fact().getRecordId();
  }

  /** For a RecordCorrected, the key of the record it corrects; otherwise empty. */
  public static String corrects(MappedFact fact) {
    return fact.fact().hasRecordCorrected()
        ? fact.fact().getRegion() + "/" + fact.fact().getRecordCorrected().getCorrects()
        : "";
  }

  /** SHA-256, hex, over every fact's wire bytes in this order. */
  public static String digest(List<MappedFact> ordered) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (MappedFact fact : ordered) {
        byte[] bytes = fact.fact().toByteArray();
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
