package org.tongchou.adapter.onboarding;

/** Told how far an import has got. Called from gRPC threads; must be quick. */
@FunctionalInterface
public interface ImportProgress {

  /** Does nothing. */
  ImportProgress NONE = (done, total) -> {};

  /**
   * @param done facts of the import answered so far, those of earlier runs included
   * @param total facts in the import
   */
  void reached(long done, long total);
}
