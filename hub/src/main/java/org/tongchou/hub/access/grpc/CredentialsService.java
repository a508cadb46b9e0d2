package org.tongchou.hub.access.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Lifetimes;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.tls.CertificateAuthority;
import org.tongchou.hub.access.tls.Pem;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.proto.v1.CredentialsServiceGrpc;
import org.tongchou.proto.v1.IssueTokenRequest;
import org.tongchou.proto.v1.IssueTokenResponse;
import org.tongchou.proto.v1.ListCredentialsRequest;
import org.tongchou.proto.v1.ListCredentialsResponse;
import org.tongchou.proto.v1.RevokeCertificateRequest;
import org.tongchou.proto.v1.RevokeCertificateResponse;
import org.tongchou.proto.v1.RevokeTokenRequest;
import org.tongchou.proto.v1.RevokeTokenResponse;
import org.tongchou.proto.v1.SignCertificateRequest;
import org.tongchou.proto.v1.SignCertificateResponse;

/**
 * {@code tongchou.v1.CredentialsService}: the national office's way to issue and revoke credentials
 * without a shell on the hub machine; the same store as the operator's commands.
 */
@Component
class CredentialsService extends CredentialsServiceGrpc.CredentialsServiceImplBase {

  private static final Logger LOG = LoggerFactory.getLogger(CredentialsService.class);
  private static final int MAX_REQUEST_PEM = 16 * 1024;

  private final CredentialStore credentials;
  private final String caDir;
  private final RegionScope scope;

  CredentialsService(
      CredentialStore credentials,
      RegionScope scope,
      @Value("${tongchou.grpc.tls.ca-dir:}") String caDir) {
    this.credentials = credentials;
    this.scope = scope;
    this.caDir = caDir;
  }

  private String jurisdiction(Role role, String given) {
    String code = CredentialMapper.jurisdiction(role, given);
    return code == null ? null : scope.checkKnown(code, "jurisdiction");
  }

  @Override
  public void issueToken(IssueTokenRequest request, StreamObserver<IssueTokenResponse> response) {
    Caller caller = national("issue credentials");
    Role role = CredentialMapper.role(request.getRole(), "role");
    String jurisdiction = jurisdiction(role, request.getJurisdiction());
    Duration lifetime =
        CredentialMapper.lifetime(request.getValidForSeconds(), null, "valid_for_seconds");
    CredentialStore.Issued issued =
        refusingBadInput(
            "label",
            () ->
                lifetime == null
                    ? credentials.issueDefault(role, jurisdiction, request.getLabel())
                    : credentials.issue(role, jurisdiction, request.getLabel(), lifetime));
    LOG.info("{} issued token credential {}", caller.describe(), issued.id());
    response.onNext(
        IssueTokenResponse.newBuilder()
            .setToken(issued.token())
            .setCredential(
                CredentialMapper.summary(
                    credentials.find(issued.token()).orElseThrow(IllegalStateException::new)))
            .build());
    response.onCompleted();
  }

  @Override
  public void listCredentials(
      ListCredentialsRequest request, StreamObserver<ListCredentialsResponse> response) {
    national("list credentials");
    ListCredentialsResponse.Builder list = ListCredentialsResponse.newBuilder();
    credentials.list().forEach(c -> list.addCredentials(CredentialMapper.summary(c)));
    response.onNext(list.build());
    response.onCompleted();
  }

  @Override
  public void revokeToken(
      RevokeTokenRequest request, StreamObserver<RevokeTokenResponse> response) {
    Caller caller = national("revoke credentials");
    CredentialStore.Listed revoked =
        refusingBadInput("reason", () -> credentials.revoke(request.getId(), request.getReason()))
            .orElseThrow(
                () ->
                    GrpcErrors.exception(
                        GrpcErrors.status(
                            Status.Code.NOT_FOUND,
                            "id: no token credential " + request.getId(),
                            "CREDENTIAL_NOT_FOUND",
                            Map.of())));
    LOG.info("{} revoked token credential {}", caller.describe(), revoked.id());
    response.onNext(
        RevokeTokenResponse.newBuilder().setCredential(CredentialMapper.summary(revoked)).build());
    response.onCompleted();
  }

  @Override
  public void signCertificate(
      SignCertificateRequest request, StreamObserver<SignCertificateResponse> response) {
    Caller caller = national("sign certificates");
    Role role = CredentialMapper.role(request.getRole(), "role");
    String jurisdiction = jurisdiction(role, request.getJurisdiction());
    Duration lifetime =
        CredentialMapper.lifetime(
            request.getValidForSeconds(), Lifetimes.CERTIFICATE, "valid_for_seconds");
    if (caDir.isBlank()) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.FAILED_PRECONDITION,
              "this hub runs without TLS and has no certificate authority to sign with",
              "NO_CERTIFICATE_AUTHORITY",
              Map.of()));
    }
    if (request.getCertificateRequestPem().length() > MAX_REQUEST_PEM) {
      throw RegionScope.invalid("certificate_request_pem", "at most 16 KiB");
    }
    X509Certificate certificate;
    try {
      certificate =
          new CertificateAuthority(Path.of(caDir))
              .signPem(request.getCertificateRequestPem(), role, jurisdiction, lifetime);
    } catch (IllegalArgumentException e) {
      throw RegionScope.invalid("certificate_request_pem", "not a PEM PKCS#10 certificate request");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the hub's CA could not sign", e);
    }
    String serial = certificate.getSerialNumber().toString(16);
    LOG.info("{} signed certificate {}", caller.describe(), serial);
    response.onNext(
        SignCertificateResponse.newBuilder()
            .setCertificatePem(Pem.encode(certificate))
            .setSerial(serial)
            .setExpiresAt(CredentialMapper.timestamp(certificate.getNotAfter().toInstant()))
            .build());
    response.onCompleted();
  }

  @Override
  public void revokeCertificate(
      RevokeCertificateRequest request, StreamObserver<RevokeCertificateResponse> response) {
    Caller caller = national("revoke certificates");
    if (!request.getSerial().matches("[0-9a-fA-F]{1,40}")) {
      throw RegionScope.invalid("serial", "a certificate serial in hex");
    }
    boolean first =
        refusingBadInput(
            "reason",
            () -> credentials.revokeCertificate(request.getSerial(), null, request.getReason()));
    LOG.info("{} revoked certificate {}", caller.describe(), request.getSerial());
    response.onNext(RevokeCertificateResponse.newBuilder().setNewlyRevoked(first).build());
    response.onCompleted();
  }

  private static Caller national(String what) {
    Caller caller = CallerInterceptor.current();
    CallerRoles.nationalOfficeOnly(caller, what);
    return caller;
  }

  /** The store refuses a bad label or reason with IllegalArgumentException: name the field. */
  private static <T> T refusingBadInput(String field, java.util.function.Supplier<T> act) {
    try {
      return act.get();
    } catch (IllegalArgumentException e) {
      StatusRuntimeException refusal = RegionScope.invalid(field, e.getMessage());
      throw refusal;
    }
  }
}
