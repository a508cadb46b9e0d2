package org.tongchou.hub.obligation.grpc;

import io.grpc.stub.StreamObserver;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.obligation.app.IdentityLinkService;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.PersonStreamVisitor;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.domain.ArrivalContestRuled;
import org.tongchou.hub.person.domain.ArrivalContested;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.EntitlementsChanged;
import org.tongchou.hub.person.domain.Erasure;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkApproved;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityLinks;
import org.tongchou.hub.person.domain.IdentityMismatchRecorded;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.RegistrationClaimDecided;
import org.tongchou.hub.person.domain.RegistrationClaimed;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
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
  private final PersonIndex keys;

  IdentitiesService(IdentityLinkService links, PersonIndex keys) {
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
    IdentityLinkState.Builder state = event.accept(LINK_STATES);
    response.onNext(state.build());
    response.onCompleted();
  }

  private String keyOf(String idNumber, String field) {
    return keys.keyOf(IdNumberField.parse(idNumber, field).number());
  }

  private static final PersonStreamVisitor<IdentityLinkState.Builder> LINK_STATES =
      new LinkStates();

  /**
   * The link's state after each kind of event a link act decides (its first event). A new kind
   * fails to compile here until it says what a link's state shows of it.
   */
  private static final class LinkStates implements PersonStreamVisitor<IdentityLinkState.Builder> {

    /** A link act decides none of the kinds below: each would show as an empty state. */
    @Override
    public IdentityLinkState.Builder factRecorded(FactRecorded event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder residenceConflictRecorded(ResidenceConflictRecorded event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder residenceConflictRuled(ResidenceConflictRuled event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder residenceConflictEnded(ResidenceConflictEnded event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder identityLinkRequested(IdentityLinkRequested r) {
      return IdentityLinkState.newBuilder()
          .setLinkId(r.linkId())
          .setPrimaryKey(r.primaryKey())
          .setAliasKey(r.aliasKey())
          .setStatus("requested")
          .setRequestedBy(r.requestedBy());
    }

    /** One owner approved; the link waits for the other owner (or the office over both). */
    @Override
    public IdentityLinkState.Builder identityLinkApproved(IdentityLinkApproved a) {
      String[] keys = IdentityLinks.keysOf(a.linkId()).orElseThrow();
      return IdentityLinkState.newBuilder()
          .setLinkId(a.linkId())
          .setPrimaryKey(keys[1])
          .setAliasKey(keys[0])
          .setStatus("requested")
          .addApprovedBy(a.by());
    }

    @Override
    public IdentityLinkState.Builder identityLinked(IdentityLinked l) {
      return IdentityLinkState.newBuilder()
          .setLinkId(l.linkId())
          .setPrimaryKey(l.primaryKey())
          .setAliasKey(l.aliasKey())
          .setStatus("linked")
          .setRequestedBy(l.requestedBy());
    }

    @Override
    public IdentityLinkState.Builder identityUnlinked(IdentityUnlinked u) {
      return IdentityLinkState.newBuilder()
          .setLinkId(u.linkId())
          .setPrimaryKey(u.primaryKey())
          .setAliasKey(u.aliasKey())
          .setStatus(u.outcome());
    }

    @Override
    public IdentityLinkState.Builder identityMismatchRecorded(IdentityMismatchRecorded event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder entitlementsChanged(EntitlementsChanged event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder registrationClaimed(RegistrationClaimed event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder registrationClaimDecided(RegistrationClaimDecided event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder arrivalContested(ArrivalContested event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder arrivalContestRuled(ArrivalContestRuled event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder erased(Erasure event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder obligationsChanged(ObligationsChanged event) {
      return IdentityLinkState.newBuilder();
    }

    @Override
    public IdentityLinkState.Builder reevaluationRecorded(ReevaluationRecorded event) {
      return IdentityLinkState.newBuilder();
    }
  }
}
