package org.tongchou.adapter.onboarding;

/** The import's journal cannot be used: unreadable, unwritable, or another import's. */
public final class JournalException extends Exception {

  JournalException(String message, Throwable cause) {
    super(message, cause);
  }

  JournalException(String message) {
    super(message);
  }
}
