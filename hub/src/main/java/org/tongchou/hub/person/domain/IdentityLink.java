package org.tongchou.hub.person.domain;

/** A link of two records of one person, as this person's stream knows it. */
public record IdentityLink(
    String linkId, String primaryKey, String aliasKey, String requestedBy, Status status) {

  public enum Status {
    REQUESTED,
    LINKED,
    SPLIT,
    DECLINED
  }

  IdentityLink with(Status newStatus) {
    return new IdentityLink(linkId, primaryKey, aliasKey, requestedBy, newStatus);
  }
}
