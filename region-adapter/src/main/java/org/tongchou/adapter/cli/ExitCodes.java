package org.tongchou.adapter.cli;

/** The exit codes every command uses; 2 is also picocli's code for bad usage. */
public final class ExitCodes {

  /** Everything done: every fact accepted or a duplicate. */
  public static final int OK = 0;

  /** Something was refused, by the local check or by the hub; the rest went through. */
  public static final int REFUSED = 1;

  /** Something could not be sent or done at all: hub unreachable, credential refused, bad usage. */
  public static final int NOT_DONE = 2;

  private ExitCodes() {}
}
