package org.tongchou.hub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.tls.CaCommand;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestCa;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FactOutcome;

/**
 * The hub with TLS from its own CA and tokens switched off: who a caller is comes from its
 * certificate alone, and only certificates of this hub's CA get in.
 */
class MutualTlsIT {

  @TempDir static Path dir;
  static Path ca;
  static ConfigurableApplicationContext hub;
  static int port;

  @BeforeAll
  static void createCaIssueCertificatesAndStartTheHub() throws Exception {
    ca = dir.resolve("ca");
    TestCa.init(ca);
    TestCa.issue(ca, dir.resolve("wuxi"), "--region", "320200");
    TestCa.issue(ca, dir.resolve("auditor"), "--auditor");
    TestCa.issue(ca, dir.resolve("national"), "--office", "national");
    Path foreign = dir.resolve("foreign");
    TestCa.init(foreign);
    TestCa.issue(foreign, dir.resolve("impostor"), "--region", "320200");
    hub =
        TestHub.startOnPostgres(
            "--tongchou.grpc.tls.ca-dir=" + ca, "--tongchou.access.tokens.enabled=false");
    port = TestHub.grpcPort(hub);
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  static HubClient client(String holder) throws Exception {
    return client(holder, new Metadata());
  }

  static HubClient client(String holder, Metadata extra) throws Exception {
    SslContextBuilder tls = GrpcSslContexts.forClient().trustManager(ca.resolve("ca.crt").toFile());
    if (holder != null) {
      tls.keyManager(dir.resolve(holder + ".crt").toFile(), dir.resolve(holder + ".key").toFile());
    }
    ManagedChannel channel =
        NettyChannelBuilder.forAddress("localhost", port).sslContext(tls.build()).build();
    return new HubClient(channel, null, extra);
  }

  @Test
  void aRegionWithItsCertificateSubmitsWithinItsJurisdiction() throws Exception {
    try (HubClient wuxi = client("wuxi")) {
      FactOutcome outcome =
          wuxi.submitOne(Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-03-01"));

      assertThat(outcome.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
    }
  }

  @Test
  void anAuditorsCertificateReadsAnyTimelineButCannotSubmit() throws Exception {
    String id = IdNumbers.woman("410102");
    try (HubClient wuxi = client("wuxi");
        HubClient auditor = client("auditor")) {
      wuxi.submitOne(Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01"));

      assertThat(auditor.timeline(id).getFactsCount()).isEqualTo(1);
      assertThatThrownBy(() -> auditor.submitOne(Facts.service(id, Facts.WUXI_BINHU, "2026-03-05")))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
  }

  @Test
  void theNationalOfficesCertificateReadsEveryProvinceButCannotSubmit() throws Exception {
    String id = IdNumbers.woman("410102");
    try (HubClient wuxi = client("wuxi");
        HubClient national = client("national")) {
      wuxi.submitOne(Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01"));

      assertThat(national.timeline(id).getFactsCount()).isEqualTo(1);
      assertThatThrownBy(
              () -> national.submitOne(Facts.service(id, Facts.WUXI_BINHU, "2026-03-05")))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
  }

  @Test
  void aCertificateSignedFromARequestKeepsTheKeyWithItsOwner() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair henan = generator.generateKeyPair();
    byte[] request =
        new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=ignored"), henan.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(henan.getPrivate()))
            .getEncoded();
    Files.writeString(dir.resolve("henan.csr"), TestCa.pem("CERTIFICATE REQUEST", request));
    Files.writeString(
        dir.resolve("henan.key"), TestCa.pem("PRIVATE KEY", henan.getPrivate().getEncoded()));

    assertThat(
            CaCommand.run(
                List.of(
                    "ca",
                    "issue",
                    "--dir",
                    ca.toString(),
                    "--region",
                    "410000",
                    "--csr",
                    dir.resolve("henan.csr").toString(),
                    "--out",
                    dir.resolve("henan.crt").toString())))
        .isZero();

    try (HubClient henanClient = client("henan")) {
      assertThatThrownBy(() -> henanClient.timeline(IdNumbers.man("410102")))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }
  }

  @Test
  void aCallWithoutACertificateOrWithOneFromAnotherCaDoesNotGetIn() throws Exception {
    for (String holder : new String[] {null, "impostor"}) {
      try (HubClient outsider = client(holder)) {
        assertThatThrownBy(() -> outsider.timeline(IdNumbers.man("410102")))
            .as(holder == null ? "no certificate" : "another CA's certificate")
            .isInstanceOfSatisfying(
                StatusRuntimeException.class,
                e ->
                    assertThat(e.getStatus().getCode())
                        .isIn(Status.Code.UNAVAILABLE, Status.Code.UNAUTHENTICATED));
      }
    }
  }

  @Test
  void theWorkbenchsCertificateHeaderSentToTheGrpcPortMakesNobodyAnotherCaller() throws Exception {
    // The workbench's in-process channel carries a signed-in session's certificate in this header;
    // on the network port only the TLS handshake says who the caller is. A region copies the
    // national office's certificate (public, unlike its key) into the header.
    Metadata claim = new Metadata();
    claim.put(
        CallerInterceptor.PRESENTED_CERTIFICATE,
        CertificateFactory.getInstance("X.509")
            .generateCertificate(Files.newInputStream(dir.resolve("national.crt")))
            .getEncoded());

    try (HubClient wuxi = client("wuxi", claim)) {
      // Still Wuxi: a region submits, which the national office may not.
      assertThat(
              wuxi.submitOne(
                      Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-03-01"))
                  .getKind())
          .isEqualTo(FactOutcome.Kind.ACCEPTED);
    }
    try (HubClient nobody = client(null, claim)) {
      assertThatThrownBy(() -> nobody.timeline(IdNumbers.man("410102")))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e ->
                  assertThat(e.getStatus().getCode())
                      .isIn(Status.Code.UNAVAILABLE, Status.Code.UNAUTHENTICATED));
    }
  }
}
