package org.tongchou.adapter.hub;

/** Told whenever the hub answers a batch of a push. Called from gRPC threads; must be quick. */
@FunctionalInterface
public interface ProgressListener {

  /** Does nothing. */
  ProgressListener NONE = (answered, total) -> {};

  /**
   * @param answered facts answered so far in this push (accepted, duplicate or refused)
   * @param total facts in this push
   */
  void answered(int answered, int total);
}
