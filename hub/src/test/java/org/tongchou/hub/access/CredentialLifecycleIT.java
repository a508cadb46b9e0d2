package org.tongchou.hub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.rpc.RetryInfo;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.protobuf.StatusProto;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.cli.OperatorCli;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestCa;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.CredentialRole;
import org.tongchou.proto.v1.CredentialsServiceGrpc;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.GetTimelineRequest;
import org.tongchou.proto.v1.IssueTokenRequest;
import org.tongchou.proto.v1.IssueTokenResponse;
import org.tongchou.proto.v1.ListCredentialsRequest;
import org.tongchou.proto.v1.PersonsGrpc;
import org.tongchou.proto.v1.RevokeTokenRequest;
import org.tongchou.proto.v1.RevokeTokenResponse;
import org.tongchou.proto.v1.SignCertificateRequest;
import org.tongchou.proto.v1.SignCertificateResponse;

/**
 * Credentials expire and can be revoked, and both are checked on every call and on every open call:
 * a feed of a credential that expires or is revoked while it is open ends with UNAUTHENTICATED
 * within seconds, over a real TLS channel to a hub on PostgreSQL. Revocation goes through the
 * operator's commands as an operator types them ({@code hub credentials revoke}, {@code hub ca
 * revoke}), which run without starting a hub.
 */
class CredentialLifecycleIT {

  @TempDir static Path dir;
  static Path ca;
  static ConfigurableApplicationContext hub;
  static CredentialStore credentials;
  static int port;
  static final int QUOTA = 5;

  @BeforeAll
  static void startAHubWithItsCaAndTokens() {
    ca = dir.resolve("ca");
    TestCa.init(ca);
    hub =
        TestHub.startOnPostgres(
            "--tongchou.grpc.tls.ca-dir=" + ca,
            "--tongchou.access.tokens.enabled=true",
            "--tongchou.access.recheck-interval=1s",
            "--tongchou.access.quota.new-persons-per-day=" + QUOTA,
            "--tongchou.access.refusal-burst.threshold=3");
    credentials = hub.getBean(CredentialStore.class);
    port = TestHub.grpcPort(hub);
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void anExpiredTokenIsRefusedAsExpired() throws Exception {
    String token =
        credentials.issue(Role.REGION, "320200", "short-lived", Duration.ofSeconds(2)).token();
    try (HubClient wuxi = client(null, token)) {
      assertThat(codeOf(() -> wuxi.timeline(IdNumbers.woman("320211"))))
          .as("while valid, an unknown person is simply not found")
          .isEqualTo(Status.Code.NOT_FOUND);

      StatusRuntimeException refused = awaitRefusal(() -> wuxi.timeline(IdNumbers.woman("320211")));

      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(Refusals.errorInfo(StatusProto.fromThrowable(refused)).getReason())
          .isEqualTo("CREDENTIAL_EXPIRED");
    }
  }

  @Test
  void anOpenFeedOfATokenThatExpiresEndsWithUnauthenticated() throws Exception {
    String token =
        credentials.issue(Role.REGION, "410000", "expiring-feed", Duration.ofSeconds(3)).token();
    try (HubClient henan = client(null, token);
        FeedClient feed = new FeedClient(henan, token, 0, 10, 200)) {
      assertThat(feed.next(30_000)).as("the feed was open").isNotNull();

      assertThat(endOf(feed)).isEqualTo("CREDENTIAL_EXPIRED");
    }
  }

  @Test
  void revokingATokenWithTheOperatorsCommandEndsItsOpenFeedAndRefusesItsNextCall()
      throws Exception {
    CredentialStore.Issued issued =
        credentials.issue(Role.REGION, "410000", "to-revoke", Duration.ofDays(1));
    try (HubClient henan = client(null, issued.token());
        FeedClient feed = new FeedClient(henan, issued.token(), 0, 10, 200)) {
      assertThat(feed.next(30_000)).as("the feed was open").isNotNull();

      String[] printed = cli("credentials", "revoke", issued.id(), "--reason", "laptop stolen");

      assertThat(printed[0]).contains("revoked " + issued.id());
      assertThat(endOf(feed)).isEqualTo("CREDENTIAL_REVOKED");
      StatusRuntimeException next = awaitRefusal(() -> henan.timeline(IdNumbers.woman("410102")));
      assertThat(Refusals.errorInfo(StatusProto.fromThrowable(next)).getReason())
          .isEqualTo("CREDENTIAL_REVOKED");
    }
  }

  @Test
  void revokingACertificateWithTheOperatorsCommandEndsItsOpenFeedAndRefusesItsNextCall()
      throws Exception {
    TestCa.issue(ca, dir.resolve("henan"), "--region", "410000");
    try (HubClient henan = client("henan", null);
        FeedClient feed = new FeedClient(henan, "no-token", 0, 10, 200)) {
      assertThat(feed.next(30_000)).as("the feed was open").isNotNull();

      String[] printed =
          cli("ca", "revoke", "--cert", dir.resolve("henan.crt").toString(), "--reason", "leaked");

      assertThat(printed[0]).startsWith("revoked certificate ");
      assertThat(endOf(feed)).isEqualTo("CREDENTIAL_REVOKED");
    }
    try (HubClient again = client("henan", null)) {
      StatusRuntimeException refused =
          awaitRefusal(() -> again.timeline(IdNumbers.woman("410102")));
      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }
  }

  @Test
  void aCertificateThatExpiresWhileItsFeedIsOpenEndsIt() throws Exception {
    TestCa.issue(ca, dir.resolve("brief"), "--region", "320200", "--valid-for", "8s");
    try (HubClient wuxi = client("brief", null);
        FeedClient feed = new FeedClient(wuxi, "no-token", 0, 10, 200)) {
      assertThat(feed.next(30_000)).as("the feed was open").isNotNull();

      assertThat(endOf(feed)).isEqualTo("CREDENTIAL_EXPIRED");
    }
  }

  @Test
  void theOperatorsCommandsIssueListAndRevokeTokensWithoutAHub() {
    String token = cli("credentials", "issue", "--region", "320200", "--label", "cli-wuxi")[0];

    assertThat(token.strip()).matches("tch_[A-Za-z0-9_-]{40,}");
    CredentialStore.Listed listed = credentials.find(token.strip()).orElseThrow();
    assertThat(listed.label()).isEqualTo("cli-wuxi");
    assertThat(Duration.between(listed.issuedAt(), listed.expiresAt()))
        .isEqualTo(Duration.ofDays(90));
    assertThat(cli("credentials", "list")[0]).contains(listed.id() + "\tregion\t320200\tcli-wuxi");
    assertThat(cli("credentials", "revoke", listed.id())[0]).contains("revoked " + listed.id());
    assertThat(credentials.recognise(token.strip())).isEmpty();
  }

  @Test
  void theOperatorsCommandsRefuseALabelWithControlCharactersAndAnUnknownId() {
    String[] refused =
        cliExpecting(2, "credentials", "issue", "--region", "320200", "--label", "a\u001b[2Jb");
    assertThat(refused[1]).contains("label must not contain control characters");
    assertThat(cliExpecting(1, "credentials", "revoke", "0000000000000000")[1])
        .contains("no credential 0000000000000000");
  }

  @Test
  void helpPrintsTheUsageAndTouchesNoDatabase(@TempDir Path nowhere) {
    Path dataDir = nowhere.resolve("tongchou-data");
    for (String command : new String[] {"credentials", "ca"}) {
      String[] printed =
          run(0, List.of(command, "--help", "--tongchou.data-dir=" + dataDir), Map.of());

      assertThat(printed[0]).startsWith("usage: hub " + command);
      assertThat(printed[1]).isEmpty();
    }
    assertThat(dataDir).doesNotExist();
  }

  @Test
  void theNationalOfficeIssuesListsAndRevokesTokensOverItsRpc() throws Exception {
    try (HubClient national = client(null, credentials.issue(Role.OFFICE, null, "national"))) {
      CredentialsServiceGrpc.CredentialsServiceBlockingStub admin =
          national.authorized(CredentialsServiceGrpc.newBlockingStub(national.channel()));

      IssueTokenResponse issued =
          admin.issueToken(
              IssueTokenRequest.newBuilder()
                  .setRole(CredentialRole.CREDENTIAL_ROLE_REGION)
                  .setJurisdiction("410000")
                  .setLabel("henan-by-rpc")
                  .setValidForSeconds(3600)
                  .build());
      try (HubClient henan = client(null, issued.getToken())) {
        assertThat(codeOf(() -> henan.timeline(IdNumbers.woman("410102"))))
            .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(
                admin
                    .listCredentials(ListCredentialsRequest.getDefaultInstance())
                    .getCredentialsList())
            .anySatisfy(c -> assertThat(c.getId()).isEqualTo(issued.getCredential().getId()));

        RevokeTokenResponse revoked =
            admin.revokeToken(
                RevokeTokenRequest.newBuilder()
                    .setId(issued.getCredential().getId())
                    .setReason("moved to certificates")
                    .build());

        assertThat(revoked.getCredential().hasRevokedAt()).isTrue();
        assertThat(
                awaitRefusal(() -> henan.timeline(IdNumbers.woman("410102"))).getStatus().getCode())
            .isEqualTo(Status.Code.UNAUTHENTICATED);
      }
    }
  }

  @Test
  void theNationalOfficeSignsACertificateRequestOverItsRpcAndTheCertificateGetsIn()
      throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair key = generator.generateKeyPair();
    byte[] request =
        new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=ignored"), key.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate()))
            .getEncoded();
    try (HubClient national = client(null, credentials.issue(Role.OFFICE, null, "national"))) {
      SignCertificateResponse signed =
          national
              .authorized(CredentialsServiceGrpc.newBlockingStub(national.channel()))
              .signCertificate(
                  SignCertificateRequest.newBuilder()
                      .setRole(CredentialRole.CREDENTIAL_ROLE_REGION)
                      .setJurisdiction("320500")
                      .setCertificateRequestPem(TestCa.pem("CERTIFICATE REQUEST", request))
                      .build());
      Files.writeString(dir.resolve("suzhou.crt"), signed.getCertificatePem());
      Files.writeString(
          dir.resolve("suzhou.key"), TestCa.pem("PRIVATE KEY", key.getPrivate().getEncoded()));
    }
    try (HubClient suzhou = client("suzhou", null)) {
      assertThat(codeOf(() -> suzhou.timeline(IdNumbers.woman("320508"))))
          .isEqualTo(Status.Code.NOT_FOUND);
    }
  }

  @Test
  void onlyTheNationalOfficeMayAdministerCredentialsAndBadFieldsAreNamed() throws Exception {
    try (HubClient office = client(null, credentials.issue(Role.OFFICE, "320000", "jiangsu"));
        HubClient national = client(null, credentials.issue(Role.OFFICE, null, "national"))) {
      StatusRuntimeException denied =
          catchStatus(
              () ->
                  office
                      .authorized(CredentialsServiceGrpc.newBlockingStub(office.channel()))
                      .listCredentials(ListCredentialsRequest.getDefaultInstance()));
      assertThat(denied.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
      assertThat(Refusals.errorInfo(StatusProto.fromThrowable(denied)).getReason())
          .isEqualTo("NATIONAL_OFFICE_ONLY");

      CredentialsServiceGrpc.CredentialsServiceBlockingStub admin =
          national.authorized(CredentialsServiceGrpc.newBlockingStub(national.channel()));
      StatusRuntimeException badLabel =
          catchStatus(
              () ->
                  admin.issueToken(
                      IssueTokenRequest.newBuilder()
                          .setRole(CredentialRole.CREDENTIAL_ROLE_REGION)
                          .setJurisdiction("320200")
                          .setLabel("wuxi\nFAKE LOG LINE")
                          .build()));
      assertThat(badLabel.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(Refusals.fields(StatusProto.fromThrowable(badLabel))).containsExactly("label");
      StatusRuntimeException unknown =
          catchStatus(
              () ->
                  admin.issueToken(
                      IssueTokenRequest.newBuilder()
                          .setRole(CredentialRole.CREDENTIAL_ROLE_REGION)
                          .setJurisdiction("999999")
                          .setLabel("nowhere")
                          .build()));
      assertThat(Refusals.fields(StatusProto.fromThrowable(unknown)))
          .containsExactly("jurisdiction");
      StatusRuntimeException missing =
          catchStatus(
              () ->
                  admin.revokeToken(
                      RevokeTokenRequest.newBuilder()
                          .setId("0000000000000000")
                          .setReason("x")
                          .build()));
      assertThat(missing.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }
  }

  @Test
  void beyondItsDailyQuotaOfNewPersonsACredentialsBatchIsRefusedWholeWithRetryInfoOnTheRecord()
      throws Exception {
    String label = "quota-" + Facts.recordId();
    String token = credentials.issue(Role.REGION, Facts.WUXI, label);
    List<String> known =
        List.of(
            IdNumbers.woman("410102"),
            IdNumbers.woman("410102"),
            IdNumbers.woman("410102"),
            IdNumbers.woman("410102"));
    try (HubClient wuxi = client(null, token)) {
      assertThat(
              wuxi.submit(
                  known.stream()
                      .map(id -> Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01"))
                      .toList()))
          .allSatisfy(o -> assertThat(o.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED));
      String beyond1 = IdNumbers.woman("410102");
      String beyond2 = IdNumbers.woman("410102");

      StatusRuntimeException refused =
          catchStatus(
              () ->
                  wuxi.submit(
                      List.of(
                          Facts.service(known.get(0), Facts.WUXI_BINHU, "2026-03-05"),
                          Facts.arrival(beyond1, Facts.WUXI_BINHU, "2026-03-01"),
                          Facts.arrival(beyond2, Facts.WUXI_BINHU, "2026-03-01"))));

      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
      com.google.rpc.Status details = StatusProto.fromThrowable(refused);
      assertThat(Refusals.errorInfo(details).getReason()).isEqualTo("QUOTA_EXHAUSTED");
      assertThat(details.getDetailsList())
          .anySatisfy(d -> assertThat(d.is(RetryInfo.class)).isTrue());
      assertThat(codeOf(() -> wuxi.timeline(beyond1)))
          .as("nothing of the refused batch was recorded")
          .isEqualTo(Status.Code.NOT_FOUND);
      assertThat(outcomesLogged(label)).contains("refused:QUOTA_EXHAUSTED");
      assertThat(
              wuxi.submitOne(Facts.service(known.get(1), Facts.WUXI_BINHU, "2026-03-05")).getKind())
          .as("persons it already named are not new")
          .isEqualTo(FactOutcome.Kind.ACCEPTED);
    }
  }

  @Test
  void aBurstOfRefusalsFromOneCredentialIsMeteredOnTheRecord() throws Exception {
    String label = "burst-" + Facts.recordId();
    String token = credentials.issue(Role.REGION, Facts.WUXI, label);
    String id = IdNumbers.woman("410102");
    try (HubClient wuxi = client(null, token)) {
      // Outside Wuxi's jurisdiction, four times: refused each time.
      assertThat(
              wuxi.submit(
                  List.of(
                      Facts.arrival(id, Facts.SUZHOU_GUSU, "2026-03-01"),
                      Facts.arrival(id, Facts.SUZHOU_GUSU, "2026-03-02"),
                      Facts.arrival(id, Facts.SUZHOU_GUSU, "2026-03-03"),
                      Facts.arrival(id, Facts.SUZHOU_GUSU, "2026-03-04"))))
          .allSatisfy(o -> assertThat(o.getKind()).isEqualTo(FactOutcome.Kind.REFUSED));
    }
    assertThat(outcomesLogged(label)).contains("refused:REFUSAL_BURST");
    assertThat(hub.getBean(MeterRegistry.class).counter("tongchou.access.refusal.bursts").count())
        .isPositive();
  }

  private static List<String> outcomesLogged(String reader) {
    return hub.getBean(JdbcTemplate.class)
        .queryForList(
            "SELECT outcome FROM access_log_entry WHERE reader = ? ORDER BY sequence",
            String.class,
            reader);
  }

  @Test
  void aPurposeWithControlCharactersIsRefusedBeforeAnythingIsReadOrLogged() throws Exception {
    try (HubClient auditor = client(null, credentials.issue(Role.AUDITOR, null, "auditor"))) {
      StatusRuntimeException refused =
          catchStatus(
              () ->
                  auditor
                      .authorized(PersonsGrpc.newBlockingStub(auditor.channel()))
                      .getTimeline(
                          GetTimelineRequest.newBuilder()
                              .setIdNumber(IdNumbers.woman("410102"))
                              .setPurpose("case 12\n#1 forged entry\u001b[2J")
                              .build()));

      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(Refusals.fields(StatusProto.fromThrowable(refused))).containsExactly("purpose");
    }
  }

  @Test
  void aMessageOverTheInboundLimitIsRefusedAsResourceExhaustedAndTheCredentialStillWorks()
      throws Exception {
    String token = credentials.issue(Role.REGION, "320200", "oversize", Duration.ofDays(1)).token();
    // 1,000 facts with a 9,000-character record id each: about 9 MB, over the 8 MiB limit (the
    // largest legitimate batch is about 7 MiB: docs/ACCESS.md, "Hardening").
    Fact big =
        Facts.service(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-04-01").toBuilder()
            .setRecordId("r".repeat(9_000))
            .build();
    try (HubClient wuxi = client(null, token)) {
      assertThat(codeOf(() -> wuxi.submit(java.util.Collections.nCopies(1_000, big))))
          .isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
      assertThat(codeOf(() -> wuxi.timeline(IdNumbers.woman("320211"))))
          .as("nothing else is refused: an unknown person is simply not found")
          .isEqualTo(Status.Code.NOT_FOUND);
    }
  }

  @Test
  void aCredentialMayHoldOnlyAFewFeedsOpenAtOnce() throws Exception {
    String token = credentials.issue(Role.REGION, Facts.HENAN, "many-feeds");
    List<FeedClient> feeds = new ArrayList<>();
    try (HubClient henan = client(null, token)) {
      for (int i = 0; i < 4; i++) {
        FeedClient feed = new FeedClient(henan, token, 0, 10, 200);
        feeds.add(feed);
        assertThat(feed.next(30_000)).as("feed %d is open", i + 1).isNotNull();
      }
      try (FeedClient fifth = new FeedClient(henan, token, 0, 10, 200)) {
        try {
          fifth.ended().get(30, TimeUnit.SECONDS);
          fail("a fifth feed was let in");
        } catch (ExecutionException e) {
          StatusRuntimeException error = (StatusRuntimeException) e.getCause();
          assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
          assertThat(Refusals.errorInfo(StatusProto.fromThrowable(error)).getReason())
              .isEqualTo("TOO_MANY_FEEDS");
        }
      }
    } finally {
      feeds.forEach(FeedClient::close);
    }
  }

  private static StatusRuntimeException catchStatus(Runnable call) {
    try {
      call.run();
    } catch (StatusRuntimeException e) {
      return e;
    }
    return fail("the call was not refused");
  }

  // --- helpers

  /** Runs an operator command against the hub's database; standard output and error. */
  private static String[] cli(String... words) {
    return cliExpecting(0, words);
  }

  private static String[] cliExpecting(int exit, String... words) {
    List<String> args = new ArrayList<>(List.of(words));
    args.add("--spring.datasource.url=" + TestHub.POSTGRES_URL);
    return run(exit, args, Map.of());
  }

  private static String[] run(int exit, List<String> args, Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OperatorCli.run(
            args,
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String[] printed = {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    assertThat(code).as("exit code; stderr: %s", printed[1]).isEqualTo(exit);
    return printed;
  }

  /** A TLS client, with the certificate {@code holder}.crt if given and the token if given. */
  private static HubClient client(String holder, String token) throws Exception {
    SslContextBuilder tls = GrpcSslContexts.forClient().trustManager(ca.resolve("ca.crt").toFile());
    if (holder != null) {
      tls.keyManager(dir.resolve(holder + ".crt").toFile(), dir.resolve(holder + ".key").toFile());
    }
    ManagedChannel channel =
        NettyChannelBuilder.forAddress("localhost", port).sslContext(tls.build()).build();
    return new HubClient(channel, token);
  }

  /** How the feed ended (at most 30 s, a guard rather than a measure): the ErrorInfo reason. */
  private static String endOf(FeedClient feed) throws Exception {
    try {
      feed.ended().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      StatusRuntimeException error = (StatusRuntimeException) e.getCause();
      assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
      return Refusals.errorInfo(StatusProto.fromThrowable(error)).getReason();
    }
    return fail("the feed ended without an error");
  }

  private static Status.Code codeOf(Runnable call) {
    try {
      call.run();
      return Status.Code.OK;
    } catch (StatusRuntimeException e) {
      return e.getStatus().getCode();
    }
  }

  /** Calls until the hub answers UNAUTHENTICATED (at most 30 s, a guard). */
  private static StatusRuntimeException awaitRefusal(Runnable call) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      try {
        call.run();
      } catch (StatusRuntimeException e) {
        if (e.getStatus().getCode() == Status.Code.UNAUTHENTICATED) {
          return e;
        }
      }
      Thread.sleep(100);
    }
    return fail("still let in after 30 s");
  }
}
