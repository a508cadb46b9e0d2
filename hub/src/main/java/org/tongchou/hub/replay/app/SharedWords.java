package org.tongchou.hub.replay.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One string for each repeated word of a read (region codes, kinds, statuses, versions, dates), so
 * that a scratch of hundreds of thousands of rows holds each word once and no string is even made
 * for a word met before: a parser's characters are looked up as they are. Those strings were most
 * of a replay's garbage, and collecting it meant copying the growing scratch again and again.
 *
 * <p>The words are shared by the threads that parse; each thread looks them up through a {@link
 * Table} of its own.
 */
final class SharedWords {

  /** Distinct words shared at most: a few thousand even in a national log; more are not shared. */
  static final int AT_MOST = 50_000;

  private final Map<String, String> words = new ConcurrentHashMap<>();

  Table table() {
    return new Table();
  }

  private String shared(String word) {
    String one = words.get(word);
    if (one != null || words.size() >= AT_MOST) {
      return one != null ? one : word;
    }
    one = words.putIfAbsent(word, word);
    return one != null ? one : word;
  }

  /**
   * One thread's way to the shared words, by their characters (open addressing; not thread safe).
   */
  final class Table {
    private String[] slots = new String[256];
    private int size;

    String of(char[] chars, int offset, int length) {
      int hash = 0;
      for (int i = 0; i < length; i++) {
        hash = 31 * hash + chars[offset + i];
      }
      int mask = slots.length - 1;
      for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
        String known = slots[i];
        if (known == null) {
          return add(i, shared(new String(chars, offset, length)));
        }
        // A string's hash is this same sum over its characters, and it keeps it once computed.
        if (known.hashCode() == hash && known.length() == length && same(known, chars, offset)) {
          return known;
        }
      }
    }

    private String add(int slot, String word) {
      if (size >= AT_MOST) {
        return word;
      }
      slots[slot] = word;
      if (++size * 2 > slots.length) {
        grow();
      }
      return word;
    }

    private void grow() {
      String[] old = slots;
      slots = new String[old.length * 2];
      int mask = slots.length - 1;
      for (String word : old) {
        if (word != null) {
          int i = spread(word.hashCode()) & mask;
          while (slots[i] != null) {
            i = (i + 1) & mask;
          }
          slots[i] = word;
        }
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean same(String word, char[] chars, int offset) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
