package org.tongchou.hub.workbench.app;

import io.grpc.Status;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.app.ClientCertificates;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.assessment.app.Scorecards;
import org.tongchou.hub.assessment.grpc.AssessmentService;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.ListedObligation;
import org.tongchou.proto.v1.ObligationStatus;
import org.tongchou.proto.v1.Side;

/**
 * The duties behind a region's scorecards of a period: counted, or listed by status, through the
 * assessment service's own checks and access log ({@link AssessmentService#dutyCounts}, {@link
 * AssessmentService#duties}). These two are the workbench's only reads that do not go over the
 * in-process channel: no RPC counts duties or lists them by status, and gathering every duty
 * through {@code ListObligations} to count a few took minutes at bench scale (BENCHMARKS.md,
 * "Workbench page speed"). So the credential is recognised again here, as the RPCs' interceptor
 * does on every call: a revoked token stops working at once on these pages too.
 */
@Component
@ConditionalOnWebApplication
public class Worklist {

  /** What the worklist shows by default: what needs acting on. */
  public static final Set<ObligationStatus> PRESSING =
      Set.of(ObligationStatus.OVERDUE, ObligationStatus.DUE_SOON);

  private final AssessmentService assessment;
  private final CredentialStore credentials;
  private final ClientCertificates certificates;
  private final RegionDirectory regions;

  Worklist(
      AssessmentService assessment,
      CredentialStore credentials,
      ClientCertificates certificates,
      RegionDirectory regions) {
    this.assessment = assessment;
    this.credentials = credentials;
    this.certificates = certificates;
    this.regions = regions;
  }

  /** How many duties behind {@code region}'s scorecards of {@code period} stand in each status. */
  public Scorecards.DutyCounts counts(OfficeUser user, String region, String period) {
    return assessment.dutyCounts(caller(user), region, period);
  }

  /**
   * The duties behind {@code region}'s scorecards of {@code period} in one of {@code statuses} or,
   * with {@code disputed}, disputed and not yet ruled on; due date first. Access-logged as {@code
   * ListObligations}.
   */
  public List<ListedObligation> duties(
      OfficeUser user,
      String region,
      String period,
      Set<ObligationStatus> statuses,
      boolean disputed) {
    return assessment.duties(caller(user), region, period, statuses, disputed);
  }

  /** The duties that match the worklist's filters; an empty filter lets everything through. */
  public List<ListedObligation> filter(
      List<ListedObligation> duties, String responsible, String kind, Side side) {
    return duties.stream()
        .filter(
            o ->
                responsible.isEmpty()
                    || regions.isWithin(o.getObligation().getResponsibleRegion(), responsible))
        .filter(o -> kind.isEmpty() || o.getObligation().getKind().equals(kind))
        .filter(o -> side == Side.SIDE_UNSPECIFIED || o.getObligation().getSide() == side)
        .toList();
  }

  /**
   * The caller the session's credential names now, refused as the RPCs' interceptor refuses it: a
   * token by the store, a certificate by the same rule as on the gRPC port.
   */
  private Caller caller(OfficeUser user) {
    return user.credential()
        .presented(
            token -> credentials.recognise(token),
            certificate -> certificates.recognise(certificate).usable())
        .map(Credential::caller)
        .orElseThrow(
            () ->
                GrpcErrors.exception(
                    GrpcErrors.status(
                        Status.Code.UNAUTHENTICATED,
                        "the credential is no longer valid",
                        "UNAUTHENTICATED",
                        Map.of())));
  }
}
