package org.tongchou.hub.replay.app;

/** Told, about twice a second, how far a replay has read. */
@FunctionalInterface
public interface ReplayProgress {

  ReplayProgress NONE = (done, total, rate) -> {};

  /** {@code done} events of at most {@code total}, at {@code perSecond} since the start. */
  void at(long done, long total, double perSecond);
}
