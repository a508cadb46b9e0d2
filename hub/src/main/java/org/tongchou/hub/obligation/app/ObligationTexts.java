package org.tongchou.hub.obligation.app;

import org.tongchou.hub.obligation.domain.ObligationRow;

/**
 * Opens the personal texts an obligation row copies from its events (a waiver's or a dispute's
 * reason) for an answer to someone entitled. Erasure's {@code PersonalTexts} implements it: the
 * texts are sealed with the person's key, which an erasure shreds. Owned here so that obligation
 * does not depend on erasure, which depends on obligation.
 */
public interface ObligationTexts {

  /** The row as it may be shown: its reasons opened, or marked as erased. */
  ObligationRow reveal(ObligationRow row);
}
