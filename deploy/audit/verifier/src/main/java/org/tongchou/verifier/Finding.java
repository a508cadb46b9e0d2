package org.tongchou.verifier;

/**
 * One thing that does not check out.
 *
 * @param where what it is about: {@code event at position 12 (id ..., person ..., #3)}, {@code
 *     checkpoint 4}, {@code key ...}
 * @param problem what is wrong with it
 */
public record Finding(String where, String problem) {

  @Override
  public String toString() {
    return where + ": " + problem;
  }
}
