package org.tongchou.adapter.hub;

import org.tongchou.proto.v1.EndLinkRequest;
import org.tongchou.proto.v1.IdentityLinkState;
import org.tongchou.proto.v1.LinkRequest;

/**
 * The hub's {@code tongchou.v1.Identities} acts of a second party on a link of two ID numbers of
 * one person: confirm or decline a request, split a link. Every failure is a {@link
 * HubCallException}.
 */
public final class IdentitiesClient {

  private final HubClient hub;

  /** Over an open connection, which the caller keeps and closes. */
  public IdentitiesClient(HubClient hub) {
    this.hub = hub;
  }

  /** Confirms (or, for one of two owners, approves) a waiting link request. */
  public ActOutcome confirm(String linkId) throws HubCallException {
    LinkRequest request = LinkRequest.newBuilder().setLinkId(linkId).build();
    return link(Unary.call(() -> hub.identities().confirmLink(request)));
  }

  /** Declines a waiting link request, with a reason. */
  public ActOutcome decline(String linkId, String reason) throws HubCallException {
    EndLinkRequest request = ending(linkId, reason);
    return link(Unary.call(() -> hub.identities().declineLink(request)));
  }

  /** Splits a confirmed link from now on, with a reason. */
  public ActOutcome split(String linkId, String reason) throws HubCallException {
    EndLinkRequest request = ending(linkId, reason);
    return link(Unary.call(() -> hub.identities().splitLink(request)));
  }

  /**
   * The link requests the caller is a party to ({@code LinkRequestsService.ListLinkRequests}),
   * oldest first.
   *
   * @param jurisdiction a division code, or empty for the caller's own
   * @param status {@code pending}, {@code linked}, {@code declined}, {@code split}, or empty for
   *     all
   * @param catchUp wait (up to 10 s) until the read models are current
   */
  public org.tongchou.proto.v1.ListLinkRequestsResponse requests(
      String jurisdiction, String status, boolean catchUp) throws HubCallException {
    org.tongchou.proto.v1.ListLinkRequestsRequest request =
        org.tongchou.proto.v1.ListLinkRequestsRequest.newBuilder()
            .setJurisdiction(jurisdiction)
            .setStatus(status)
            .setCatchUp(catchUp)
            .build();
    return Unary.call(() -> hub.linkRequests().listLinkRequests(request));
  }

  private static EndLinkRequest ending(String linkId, String reason) {
    return EndLinkRequest.newBuilder().setLinkId(linkId).setReason(reason).build();
  }

  private static ActOutcome link(IdentityLinkState answer) {
    return ActOutcome.of("Link " + answer.getLinkId(), answer);
  }
}
