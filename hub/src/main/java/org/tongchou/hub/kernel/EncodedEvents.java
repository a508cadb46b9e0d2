package org.tongchou.hub.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored bytes of events sealed but not stored yet, by hash, so that the store writes the bytes
 * the hash was computed with instead of serializing the event again. An entry is taken when the
 * event is stored, normally within the same unit of work. Events sealed and never stored (a batch
 * that rolled back, a test) would stay, so the oldest entries are dropped beyond {@link #CAPACITY};
 * a dropped or missing entry only means the store serializes the event itself, to the same bytes.
 */
public final class EncodedEvents {

  /** Far more than the events of the batches in flight on one node (about 2 per fact). */
  static final int CAPACITY = 8_192;

  private static final Map<String, byte[]> BY_HASH =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > CAPACITY;
        }
      };

  private EncodedEvents() {}

  static void remember(EventEncoding.Encoded encoded) {
    synchronized (BY_HASH) {
      BY_HASH.put(encoded.hash(), encoded.stored());
    }
  }

  /**
   * The stored bytes of the event sealed with {@code hash}, once; null if not (or no longer) held.
   */
  public static byte[] take(String hash) {
    if (hash == null) {
      return null;
    }
    synchronized (BY_HASH) {
      return BY_HASH.remove(hash);
    }
  }
}
