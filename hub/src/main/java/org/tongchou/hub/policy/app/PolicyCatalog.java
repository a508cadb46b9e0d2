package org.tongchou.hub.policy.app;

import org.tongchou.hub.policy.domain.PolicyBook;

/**
 * The policy book in use. A newly loaded version replaces the book as a whole; whoever is deciding
 * keeps the book it took.
 */
public final class PolicyCatalog {

  private volatile PolicyBook book;

  public PolicyCatalog(PolicyBook book) {
    this.book = book;
  }

  public PolicyBook book() {
    return book;
  }

  void replace(PolicyBook newer) {
    this.book = newer;
  }
}
