package org.tongchou.workload.bench;

/** The raw-JDBC baseline could not be measured; the message says why, for the operator. */
public final class BaselineException extends Exception {

  BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
