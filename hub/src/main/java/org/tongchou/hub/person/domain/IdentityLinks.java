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
   * A region asks that the alias's ID number be linked into {@code primaryKey}'s person.
   *
   * @param primaryIsAlias whether the primary is itself linked into another person now
   * @param reason sealed with the alias's key
   */
  public record Request(
      String primaryKey,
      boolean primaryIsAlias,
      String requestedBy,
      String reason,
      Instant recordedAt) {}

  /** The confirmation of link {@code linkId}, as recorded in either of the two streams. */
  public record Confirmation(
      String linkId,
      String aliasKey,
      String primaryKey,
      String requestedBy,
      String confirmedBy,
      Instant recordedAt) {}

  /**
   * A request declined or a link split ({@code outcome}: {@link IdentityUnlinked#DECLINED} or
   * {@link IdentityUnlinked#SPLIT}), by {@code by}.
   *
   * @param reason sealed with the person's key
   */
  public record Ending(
      String linkId,
      String aliasKey,
      String primaryKey,
      String outcome,
      String by,
      String reason,
      Instant recordedAt) {}

  /** Decides a link {@link Request} in the alias's stream. */
  public static Decision request(String aliasKey, PersonState alias, Request request) {
    if (aliasKey.equals(request.primaryKey())) {
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
    if (request.primaryIsAlias()) {
      return refused(
          Refusal.precondition(
              "PRIMARY_IS_AN_ALIAS",
              "keep_id_number",
              "this number is itself linked into another person; link into that one"));
    }
    if (alias.links().stream()
        .anyMatch(
            l ->
                l.status() == IdentityLink.Status.REQUESTED
                    && l.primaryKey().equals(request.primaryKey()))) {
      return refused(
          Refusal.precondition(
              "LINK_PENDING",
              "alias_id_number",
              "a request to link these two waits for confirmation already"));
    }
    int number =
        (int)
                alias.links().stream()
                    .filter(l -> l.primaryKey().equals(request.primaryKey()))
                    .count()
            + 1;
    return accepted(
        new IdentityLinkRequested(
            aliasKey,
            alias.sequence() + 1,
            linkId(aliasKey, request.primaryKey(), number),
            request.primaryKey(),
            aliasKey,
            request.requestedBy(),
            request.reason(),
            request.recordedAt(),
            alias.lastHash(),
            null),
        alias);
  }

  /** Confirms in one of the two streams: the alias's must hold the request waiting. */
  public static Decision confirm(String personKey, PersonState person, Confirmation confirmation) {
    if (personKey.equals(confirmation.aliasKey())) {
      Optional<IdentityLink> link = person.link(confirmation.linkId());
      if (link.isEmpty() || link.get().status() != IdentityLink.Status.REQUESTED) {
        return refused(
            Refusal.precondition(
                "NO_LINK_WAITING",
                "link_id",
                confirmation.linkId()
                    + (link.isEmpty()
                        ? " was never requested"
                        : " is " + link.get().status().name().toLowerCase(Locale.ROOT))));
      }
    }
    return accepted(
        new IdentityLinked(
            personKey,
            person.sequence() + 1,
            confirmation.linkId(),
            confirmation.primaryKey(),
            confirmation.aliasKey(),
            confirmation.requestedBy(),
            confirmation.confirmedBy(),
            confirmation.recordedAt(),
            person.lastHash(),
            null),
        person);
  }

  /** One owner's approval of a request waiting (alias's stream), when the owners differ. */
  public static Decision approve(
      String personKey, PersonState person, String linkId, String by, Instant recordedAt) {
    Optional<IdentityLink> link = person.link(linkId);
    if (link.isEmpty() || link.get().status() != IdentityLink.Status.REQUESTED) {
      return refused(
          Refusal.precondition("NO_LINK_WAITING", "link_id", linkId + " is not waiting"));
    }
    if (person.approvalsOf(linkId).contains(by)) {
      return refused(
          Refusal.precondition("ALREADY_APPROVED", "link_id", by + " approved it already"));
    }
    return accepted(
        new IdentityLinkApproved(
            personKey, person.sequence() + 1, linkId, by, recordedAt, person.lastHash(), null),
        person);
  }

  /** Declines a request waiting (alias's stream), or splits a link (in each of the two streams). */
  public static Decision end(String personKey, PersonState person, Ending ending) {
    IdentityLink.Status needed =
        IdentityUnlinked.SPLIT.equals(ending.outcome())
            ? IdentityLink.Status.LINKED
            : IdentityLink.Status.REQUESTED;
    Optional<IdentityLink> link = person.link(ending.linkId());
    if (link.isEmpty() || link.get().status() != needed) {
      return refused(
          Refusal.precondition(
              needed == IdentityLink.Status.LINKED ? "NOT_LINKED" : "NO_LINK_WAITING",
              "link_id",
              ending.linkId() + " is not " + needed.name().toLowerCase(Locale.ROOT)));
    }
    return accepted(
        new IdentityUnlinked(
            personKey,
            person.sequence() + 1,
            ending.linkId(),
            ending.primaryKey(),
            ending.aliasKey(),
            ending.outcome(),
            ending.by(),
            ending.reason(),
            ending.recordedAt(),
            person.lastHash(),
            null),
        person);
  }

  private static Decision accepted(PersonEvent event, PersonState person) {
    return Decision.Accepted.of(List.of(EventHashes.seal(event)));
  }

  private static Decision refused(Refusal refusal) {
    return new Decision.Refused(refusal);
  }
}
