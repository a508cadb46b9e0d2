package org.tongchou.adapter.daemon;

import org.tongchou.adapter.local.StoreException;

/**
 * A feed entry could not be stored. Unchecked because it has to cross the subscriber's listener
 * interface; the feed loop catches it and resumes from the checkpoint the database holds.
 */
final class InboxWriteFailed extends RuntimeException {

  InboxWriteFailed(long position, StoreException cause) {
    super("could not store feed position " + position + ": " + cause.getMessage(), cause);
  }
}
