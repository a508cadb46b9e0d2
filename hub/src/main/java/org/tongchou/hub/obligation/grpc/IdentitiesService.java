package org.tongchou.hub.obligation.grpc;

import io.grpc.stub.StreamObserver;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.obligation.app.IdentityLinkService;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonKeys;
import org.tongchou.hub.person.grpc.IdNumberField;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.proto.v1.EndLinkRequest;
import org.tongchou.proto.v1.IdentitiesGrpc;
import org.tongchou.proto.v1.IdentityLinkState;
import org.tongchou.proto.v1.LinkRequest;
import org.tongchou.proto.v1.RequestLinkRequest;

/**
 * {@code tongchou.v1.Identities}: linking two ID numbers of one person, and splitting them again.
 */
@Component
public class IdentitiesService extends IdentitiesGrpc.IdentitiesImplBase {

  private final IdentityLinkService links;
  private final PersonKeys keys;

  IdentitiesService(IdentityLinkService links, PersonKeys keys) {
    this.links = links;
    this.keys = keys;
  }

  @Override
  public void requestLink(RequestLinkRequest request, StreamObserver<IdentityLinkState> response) {
    Caller caller = CallerInterceptor.current();
    String keep = keyOf(request.getKeepIdNumber(), "keep_id_number");
    String alias = keyOf(request.getAliasIdNumber(), "alias_id_number");
    answer(links.request(caller, keep, alias, Reasons.of(request.getReason())), "link", response);
  }

  @Override
  public void confirmLink(LinkRequest request, StreamObserver<IdentityLinkState> response) {
    answer(
        links.act(CallerInterceptor.current(), request.getLinkId(), "confirm", null),
        request.getLinkId(),
        response);
  }

  @Override
  public void declineLink(EndLinkRequest request, StreamObserver<IdentityLinkState> response) {
    answer(
        links.act(
            CallerInterceptor.current(),
            request.getLinkId(),
            IdentityUnlinked.DECLINED,
            Reasons.of(request.getReason())),
        request.getLinkId(),
        response);
  }

  @Override
  public void splitLink(EndLinkRequest request, StreamObserver<IdentityLinkState> response) {
    answer(
        links.act(
            CallerInterceptor.current(),
            request.getLinkId(),
            IdentityUnlinked.SPLIT,
            Reasons.of(request.getReason())),
        request.getLinkId(),
        response);
  }

  private void answer(Decision decision, String about, StreamObserver<IdentityLinkState> response) {
    if (decision instanceof Decision.Refused refused) {
      throw GrpcErrors.exception(GrpcErrors.of(refused.refusal(), about, Map.of("linkId", about)));
    }
    PersonEvent event = ((Decision.Accepted) decision).events().get(0);
    IdentityLinkState.Builder state = IdentityLinkState.newBuilder();
    if (event instanceof IdentityLinkRequested r) {
      state
          .setLinkId(r.linkId())
          .setPrimaryKey(r.primaryKey())
          .setAliasKey(r.aliasKey())
          .setStatus("requested")
          .setRequestedBy(r.requestedBy());
    } else if (event instanceof IdentityLinked l) {
      state
          .setLinkId(l.linkId())
          .setPrimaryKey(l.primaryKey())
          .setAliasKey(l.aliasKey())
          .setStatus("linked")
          .setRequestedBy(l.requestedBy());
    } else if (event instanceof IdentityUnlinked u) {
      state
          .setLinkId(u.linkId())
          .setPrimaryKey(u.primaryKey())
          .setAliasKey(u.aliasKey())
          .setStatus(u.outcome());
    }
    response.onNext(state.build());
    response.onCompleted();
  }

  private String keyOf(String idNumber, String field) {
    return keys.keyOf(IdNumberField.parse(idNumber, field).number());
  }
}
