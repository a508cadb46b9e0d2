package org.tongchou.hub.policy.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.CallerRoles;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.policy.app.PeriodReevaluation;
import org.tongchou.hub.policy.app.PolicyCatalog;
import org.tongchou.hub.policy.app.PolicyLibrary;
import org.tongchou.hub.policy.app.PolicyYaml;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.domain.PolicyDocument;
import org.tongchou.proto.v1.GetPolicyRequest;
import org.tongchou.proto.v1.ListPoliciesRequest;
import org.tongchou.proto.v1.ListPoliciesResponse;
import org.tongchou.proto.v1.PoliciesGrpc;
import org.tongchou.proto.v1.PolicySummary;
import org.tongchou.proto.v1.PolicyText;
import org.tongchou.proto.v1.PublishPolicyRequest;
import org.tongchou.proto.v1.PublishPolicyResponse;
import org.tongchou.proto.v1.ReevaluatePeriodRequest;
import org.tongchou.proto.v1.ReevaluatePeriodResponse;

/** {@code tongchou.v1.Policies}: reading and publishing policy versions, re-evaluating a period. */
@Component
public class PoliciesService extends PoliciesGrpc.PoliciesImplBase {

  static final int MAX_TEXT = 1024 * 1024;

  private final PolicyLibrary library;
  private final PolicyCatalog catalog;
  private final PeriodReevaluation reevaluations;
  private final RegionScope scope;

  PoliciesService(
      PolicyLibrary library,
      PolicyCatalog catalog,
      PeriodReevaluation reevaluations,
      RegionScope scope) {
    this.library = library;
    this.catalog = catalog;
    this.reevaluations = reevaluations;
    this.scope = scope;
  }

  @Override
  public void listPolicies(
      ListPoliciesRequest request, StreamObserver<ListPoliciesResponse> response) {
    ListPoliciesResponse.Builder answer = ListPoliciesResponse.newBuilder();
    library.summaries().forEach(s -> answer.addPolicies(summary(s)));
    response.onNext(answer.build());
    response.onCompleted();
  }

  @Override
  public void getPolicy(GetPolicyRequest request, StreamObserver<PolicyText> response) {
    PolicyLibrary.Summary found =
        library.summaries().stream()
            .filter(s -> s.version().equals(request.getVersion()))
            .findFirst()
            .orElseThrow(
                () ->
                    GrpcErrors.exception(
                        GrpcErrors.status(
                            Status.Code.NOT_FOUND,
                            "no policy version " + request.getVersion(),
                            "POLICY_NOT_FOUND",
                            Map.of("version", request.getVersion()))));
    response.onNext(
        PolicyText.newBuilder()
            .setSummary(summary(found))
            .setText(library.text(found.version()).orElseThrow())
            .build());
    response.onCompleted();
  }

  @Override
  public void publishPolicy(
      PublishPolicyRequest request, StreamObserver<PublishPolicyResponse> response) {
    Caller caller = CallerInterceptor.current();
    byte[] yaml = request.getText().getBytes(StandardCharsets.UTF_8);
    if (yaml.length == 0 || yaml.length > MAX_TEXT) {
      throw RegionScope.invalid("text", "a YAML document of 1 byte to 1 MiB");
    }
    if (PolicyYaml.read(yaml) instanceof PolicyYaml.Parsed parsed
        && !mayPublish(caller, parsed.document())) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.PERMISSION_DENIED,
              caller.describe()
                  + " may not publish a policy of scope "
                  + parsed.document().scope()
                  + ": the national office publishes national versions, a province's office its override",
              "NOT_THE_POLICY_OFFICE",
              Map.of("scope", String.valueOf(parsed.document().scope()))));
    }
    PolicyLibrary.Outcome outcome = library.publish(yaml, catalog);
    if (outcome instanceof PolicyLibrary.Refused refused) {
      boolean exists = refused.reason().equals("VERSION_EXISTS");
      throw GrpcErrors.exception(
          GrpcErrors.status(
              exists ? Status.Code.ALREADY_EXISTS : Status.Code.INVALID_ARGUMENT,
              refused.problems().size()
                  + " problem(s), the first: "
                  + refused.problems().get(0).field()
                  + ": "
                  + refused.problems().get(0).description(),
              refused.reason(),
              Map.of(),
              refused.problems()));
    }
    PolicyDocument document =
        outcome instanceof PolicyLibrary.Loaded l
            ? l.document()
            : ((PolicyLibrary.Unchanged) outcome).document();
    PolicyLibrary.Summary stored =
        library.summaries().stream()
            .filter(s -> s.version().equals(document.version()))
            .findFirst()
            .orElseThrow();
    response.onNext(
        PublishPolicyResponse.newBuilder()
            .setSummary(summary(stored))
            .setNewVersion(outcome instanceof PolicyLibrary.Loaded)
            .build());
    response.onCompleted();
  }

  @Override
  public void reevaluatePeriod(
      ReevaluatePeriodRequest request, StreamObserver<ReevaluatePeriodResponse> response) {
    Caller caller = CallerInterceptor.current();
    CallerRoles.officeOnly(caller, "re-evaluate");
    String region = scope.check(caller, request.getRegion(), "region");
    CoveragePeriod.Labelled period = PeriodField.parse(request.getPeriod(), PeriodField.FORMS);
    if (catalog.book().byVersion(request.getPolicyVersion()).isEmpty()) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.NOT_FOUND,
              "no policy version " + request.getPolicyVersion(),
              "POLICY_NOT_FOUND",
              Map.of(),
              List.of(new FieldViolation("policy_version", "not a version the hub holds"))));
    }
    // Unlike the acts on obligations (obligation.grpc.Reasons) this allows control characters, as
    // it always has.
    String reason = request.getReason().strip();
    if (reason.isEmpty() || reason.length() > 500) {
      throw RegionScope.invalid("reason", "1 to 500 characters");
    }
    PeriodReevaluation.Counts counts =
        reevaluations.reevaluate(
            region, period, request.getPolicyVersion(), caller.officeCode(), reason);
    response.onNext(
        ReevaluatePeriodResponse.newBuilder()
            .setPersons(counts.persons())
            .setObligations(counts.obligations())
            .setChanged(counts.changed())
            .build());
    response.onCompleted();
  }

  private static boolean mayPublish(Caller caller, PolicyDocument document) {
    if (caller.role() != Role.OFFICE) {
      return false;
    }
    return document.isNational()
        ? caller.isNationalOffice()
        : document.scope() != null
            && (caller.isNationalOffice() || document.scope().equals(caller.jurisdiction()));
  }

  private static PolicySummary summary(PolicyLibrary.Summary s) {
    return PolicySummary.newBuilder()
        .setVersion(s.version())
        .setScope(s.scope())
        .setEffectiveFrom(s.effectiveFrom().toString())
        .setSha256(s.sha256())
        .build();
  }
}
