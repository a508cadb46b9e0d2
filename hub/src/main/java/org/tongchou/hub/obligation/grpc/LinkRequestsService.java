package org.tongchou.hub.obligation.grpc;

import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.grpc.RecordedReads;
import org.tongchou.hub.person.app.LinkRequestViews;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.LinkRequestsServiceGrpc;
import org.tongchou.proto.v1.ListLinkRequestsRequest;
import org.tongchou.proto.v1.ListLinkRequestsResponse;
import org.tongchou.proto.v1.ListedLinkRequest;

/**
 * {@code tongchou.v1.LinkRequestsService}: identity link requests for the parties to them. Who sees
 * a request is the access policy's party rule ({@code Disclosure.isPartyTo} through {@link
 * RegionScope#mayRead}) over the requester and the confirming parties; a caller that is no party
 * gets an empty list. Every call is on the access log.
 */
@Component
public class LinkRequestsService extends LinkRequestsServiceGrpc.LinkRequestsServiceImplBase {

  static final String ACTION = "LinkRequestsService.ListLinkRequests";

  private final LinkRequestViews views;
  private final RegionScope scope;
  private final RegionDirectory regions;
  private final ReadModels readModels;
  private final RecordedReads reads;

  LinkRequestsService(
      LinkRequestViews views,
      RegionScope scope,
      RegionDirectory regions,
      ReadModels readModels,
      RecordedReads reads) {
    this.views = views;
    this.scope = scope;
    this.regions = regions;
    this.readModels = readModels;
    this.reads = reads;
  }

  @Override
  public void listLinkRequests(
      ListLinkRequestsRequest request, StreamObserver<ListLinkRequestsResponse> response) {
    Caller caller = CallerInterceptor.current();
    // Person keys: personal data, in the access log under the list's scope.
    response.onNext(
        reads.answer(
            caller,
            ACTION,
            "",
            subjects -> {
              subjects.add(
                  "link-requests:" + request.getJurisdiction() + "/" + request.getStatus());
              return list(caller, request);
            }));
    response.onCompleted();
  }

  private ListLinkRequestsResponse list(Caller caller, ListLinkRequestsRequest request) {
    String status = request.getStatus().isEmpty() ? null : request.getStatus();
    if (status != null && !LinkRequestViews.STATUSES.contains(status)) {
      throw RegionScope.invalid("status", "pending, linked, declined, split or empty");
    }
    String jurisdiction =
        request.getJurisdiction().isEmpty()
            ? null
            : scope.check(caller, request.getJurisdiction(), "jurisdiction");
    if (request.getCatchUp()) {
      readModels.awaitCurrent(Duration.ofSeconds(10));
    }
    ListLinkRequestsResponse.Builder answer = ListLinkRequestsResponse.newBuilder();
    for (LinkRequestViews.Row row : views.all(status)) {
      String[] parties = row.everyParty().toArray(String[]::new);
      if (!scope.mayRead(caller, parties) || !within(jurisdiction, parties)) {
        continue;
      }
      answer.addLinkRequests(
          ListedLinkRequest.newBuilder()
              .setLinkId(row.linkId())
              .setPrimaryKey(row.primaryKey())
              .setAliasKey(row.aliasKey())
              .setRequestedBy(row.requestedBy())
              .addAllConfirmingParties(row.parties())
              .addAllApprovedBy(row.approvedBy())
              .setStatus(row.status())
              .setRequestedAt(text(row.requestedAt()))
              .setDecidedAt(text(row.decidedAt()))
              .setDecidedBy(row.decidedBy() == null ? "" : row.decidedBy()));
    }
    return answer.build();
  }

  /** Whether a party lies within the jurisdiction asked for (any, when none was asked). */
  private boolean within(String jurisdiction, String[] parties) {
    if (jurisdiction == null) {
      return true;
    }
    for (String party : parties) {
      if (!Caller.NATIONAL.equals(party) && regions.isWithin(party, jurisdiction)) {
        return true;
      }
    }
    return false;
  }

  private static String text(Instant at) {
    return at == null ? "" : at.toString();
  }
}
