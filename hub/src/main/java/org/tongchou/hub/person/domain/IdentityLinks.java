package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;

/**
 * Two ID numbers of one person (DOMAIN.md, "Identity mistakes"): a region asks to link the alias
 * into the primary; a second party confirms or declines; a link can be split again. A link never
 * rewrites history: it only decides where facts go from then on.
 */
public final class IdentityLinks {

  private IdentityLinks() {}

  /** {@code link/ALIAS/PRIMARY#n}: the alias's n-th link request to that primary. */
  public static String linkId(String aliasKey, String primaryKey, int number) {
    return "link/" + aliasKey + "/" + primaryKey + "#" + number;
  }

  /** The alias and primary keys a link id names; empty when it is no link id. */
  public static Optional<String[]> keysOf(String linkId) {
    if (linkId == null || !linkId.matches("link/[0-9a-z]{16,128}/[0-9a-z]{16,128}#\\d+")) {
      return Optional.empty();
    }
    String[] parts = linkId.substring(5, linkId.indexOf('#')).split("/");
    return Optional.of(parts);
  }

  /**
   * @param primaryIsAlias whether the primary is itself linked into another person now
   */
  public static Decision request(
      String aliasKey,
      PersonState alias,
      String primaryKey,
      boolean primaryIsAlias,
      String requestedBy,
      String reason,
      Instant recordedAt) {
    if (aliasKey.equals(primaryKey)) {
      return refused(
          Refusal.invalid(
              List.of(
                  new FieldViolation("alias_id_number", "is the same person as keep_id_number"))));
    }
    if (alias.linkedInto(aliasKey).isPresent()) {
      return refused(
          Refusal.precondition(
              "ALREADY_LINKED",
              "alias_id_number",
              "this number is linked into another person already; split that link first"));
    }
    if (primaryIsAlias) {
      return refused(
          Refusal.precondition(
              "PRIMARY_IS_AN_ALIAS",
              "keep_id_number",
              "this number is itself linked into another person; link into that one"));
    }
    if (alias.links().stream()
        .anyMatch(
            l ->
                l.status() == IdentityLink.Status.REQUESTED && l.primaryKey().equals(primaryKey))) {
      return refused(
          Refusal.precondition(
              "LINK_PENDING",
              "alias_id_number",
              "a request to link these two waits for confirmation already"));
    }
    int number =
        (int) alias.links().stream().filter(l -> l.primaryKey().equals(primaryKey)).count() + 1;
    return accepted(
        new IdentityLinkRequested(
            aliasKey,
            alias.sequence() + 1,
            linkId(aliasKey, primaryKey, number),
            primaryKey,
            aliasKey,
            requestedBy,
            reason,
            recordedAt,
            alias.lastHash(),
            null),
        alias);
  }

  /** Confirms in one of the two streams: the alias's must hold the request waiting. */
  public static Decision confirm(
      String personKey,
      PersonState person,
      String linkId,
      String aliasKey,
      String primaryKey,
      String requestedBy,
      String confirmedBy,
      Instant recordedAt) {
    if (personKey.equals(aliasKey)) {
      Optional<IdentityLink> link = person.link(linkId);
      if (link.isEmpty() || link.get().status() != IdentityLink.Status.REQUESTED) {
        return refused(
            Refusal.precondition(
                "NO_LINK_WAITING",
                "link_id",
                linkId
                    + (link.isEmpty()
                        ? " was never requested"
                        : " is " + link.get().status().name().toLowerCase(Locale.ROOT))));
      }
    }
    return accepted(
        new IdentityLinked(
            personKey,
            person.sequence() + 1,
            linkId,
            primaryKey,
            aliasKey,
            requestedBy,
            confirmedBy,
            recordedAt,
            person.lastHash(),
            null),
        person);
  }

  /** Declines a request waiting (alias's stream), or splits a link (in each of the two streams). */
  public static Decision end(
      String personKey,
      PersonState person,
      String linkId,
      String aliasKey,
      String primaryKey,
      String outcome,
      String by,
      String reason,
      Instant recordedAt) {
    IdentityLink.Status needed =
        IdentityUnlinked.SPLIT.equals(outcome)
            ? IdentityLink.Status.LINKED
            : IdentityLink.Status.REQUESTED;
    Optional<IdentityLink> link = person.link(linkId);
    if (link.isEmpty() || link.get().status() != needed) {
      return refused(
          Refusal.precondition(
              needed == IdentityLink.Status.LINKED ? "NOT_LINKED" : "NO_LINK_WAITING",
              "link_id",
              linkId + " is not " + needed.name().toLowerCase(Locale.ROOT)));
    }
    return accepted(
        new IdentityUnlinked(
            personKey,
            person.sequence() + 1,
            linkId,
            primaryKey,
            aliasKey,
            outcome,
            by,
            reason,
            recordedAt,
            person.lastHash(),
            null),
        person);
  }

  private static Decision accepted(PersonEvent event, PersonState person) {
    return new Decision.Accepted(List.of(EventHashes.seal(event)), FeedRouting.concernsOf(person));
  }

  private static Decision refused(Refusal refusal) {
    return new Decision.Refused(refusal);
  }
}
