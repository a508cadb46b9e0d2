package org.tongchou.hub.access.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.app.ClientCertificates.Standing;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.tls.CertificateAuthority;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * The one rule for a client certificate, as the gRPC port and the workbench's sign-in both read it:
 * who it names, and whether it may be used now.
 */
class ClientCertificatesTest {

  @TempDir Path dir;
  CertificateAuthority ca;
  CredentialStore store;

  @BeforeEach
  void aCaAndAnEmptyRevocationList() throws Exception {
    ca = new CertificateAuthority(dir.resolve("ca"));
    java.nio.file.Files.createDirectories(dir.resolve("ca"));
    ca.init(List.of("localhost"));
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + dir.getFileName() + ";DB_CLOSE_DELAY=-1");
    JdbcTemplate jdbc = new JdbcTemplate(h2);
    jdbc.execute(
        "CREATE TABLE revoked_certificate (serial VARCHAR(40) PRIMARY KEY, subject VARCHAR(300),"
            + " revoked_at TIMESTAMP WITH TIME ZONE NOT NULL, reason VARCHAR(200) NOT NULL)");
    store = new CredentialStore(jdbc, RegionDirectory.shipped(), Clock.systemUTC(), "90d");
  }

  ClientCertificates at(Instant now) {
    return new ClientCertificates(
        store, RegionDirectory.shipped(), Clock.fixed(now, ZoneOffset.UTC));
  }

  X509Certificate issued(Role role, String code, String holder) throws Exception {
    return ca.issueWithNewKey(role, code, dir.resolve(holder), Duration.ofDays(1));
  }

  @Test
  void anOfficesCertificateNamesTheOfficeByItsSerialUntilItExpires() throws Exception {
    X509Certificate jiangsu = issued(Role.OFFICE, "320000", "jiangsu");

    ClientCertificates.Recognition recognised = at(Instant.now()).recognise(jiangsu);

    assertThat(recognised.standing()).isEqualTo(Standing.VALID);
    assertThat(recognised.credential().kind()).isEqualTo(Credential.Kind.CERTIFICATE);
    assertThat(recognised.credential().id()).isEqualTo(jiangsu.getSerialNumber().toString(16));
    assertThat(recognised.credential().caller().role()).isEqualTo(Role.OFFICE);
    assertThat(recognised.credential().caller().jurisdiction()).isEqualTo("320000");
    assertThat(recognised.credential().expiresAt()).isEqualTo(jiangsu.getNotAfter().toInstant());
  }

  @Test
  void theNationalOfficesAndAnAuditorsCertificatesNameNoDivision() throws Exception {
    ClientCertificates now = at(Instant.now());

    Caller national = now.recognise(issued(Role.OFFICE, null, "national")).credential().caller();
    Caller auditor = now.recognise(issued(Role.AUDITOR, null, "auditor")).credential().caller();

    assertThat(national.isNationalOffice()).isTrue();
    assertThat(auditor.role()).isEqualTo(Role.AUDITOR);
    assertThat(auditor.jurisdiction()).isNull();
  }

  @Test
  void aRevokedCertificateIsRefusedAndStillNamesItsHolder() throws Exception {
    X509Certificate jiangsu = issued(Role.OFFICE, "320000", "jiangsu");
    store.revokeCertificate(
        jiangsu.getSerialNumber().toString(16), "CN=320000", "the laptop was stolen");

    ClientCertificates.Recognition recognised = at(Instant.now()).recognise(jiangsu);

    assertThat(recognised.standing()).isEqualTo(Standing.REVOKED);
    assertThat(recognised.credential().caller().jurisdiction()).isEqualTo("320000");
  }

  @Test
  void aCertificateIsRefusedFromTheInstantItExpires() throws Exception {
    X509Certificate jiangsu = issued(Role.OFFICE, "320000", "jiangsu");
    Instant notAfter = jiangsu.getNotAfter().toInstant();

    assertThat(at(notAfter.minusSeconds(1)).recognise(jiangsu).standing())
        .isEqualTo(Standing.VALID);
    assertThat(at(notAfter).recognise(jiangsu).standing()).isEqualTo(Standing.EXPIRED);
  }

  @Test
  void aCertificateForADivisionTheHubDoesNotKnowNamesNobody() throws Exception {
    X509Certificate nowhere = issued(Role.OFFICE, "990000", "nowhere");

    ClientCertificates.Recognition recognised = at(Instant.now()).recognise(nowhere);

    assertThat(recognised.standing()).isEqualTo(Standing.UNKNOWN);
    assertThat(recognised.credential()).isNull();
  }

  @Test
  void theHubsOwnServerCertificateNamesNobody() throws Exception {
    X509Certificate hub = CertificateAuthority.read(ca.hubCertificate());

    assertThat(at(Instant.now()).recognise(hub).standing()).isEqualTo(Standing.UNKNOWN);
  }
}
