package org.tongchou.hub.access.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** TLS on the HTTP port comes from the CA folder, only when one is named. */
class HttpTlsTest {

  static StandardEnvironment withSettings(Map<String, Object> settings) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("given", settings));
    new HttpTls().postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }

  @Test
  void aCaFolderTurnsOnTlsWithTheHubsCertificateAndWantsClientCertificatesOfItsCa() {
    Path ca = Path.of("/etc/tongchou/ca");

    StandardEnvironment environment = withSettings(Map.of(HttpTls.CA_DIR, ca.toString()));

    assertThat(environment.getProperty("server.ssl.enabled", Boolean.class)).isTrue();
    assertThat(environment.getProperty("server.ssl.certificate"))
        .isEqualTo("file:/etc/tongchou/ca/hub.crt");
    assertThat(environment.getProperty("server.ssl.certificate-private-key"))
        .isEqualTo("file:/etc/tongchou/ca/hub.key");
    assertThat(environment.getProperty("server.ssl.trust-certificate"))
        .isEqualTo("file:/etc/tongchou/ca/ca.crt");
    // Wanted, not needed: a token must still sign in from a browser without a certificate.
    assertThat(environment.getProperty("server.ssl.client-auth")).isEqualTo("want");
    assertThat(environment.getProperty("management.server.ssl.enabled", Boolean.class)).isFalse();
  }

  @Test
  void withoutACaFolderTheHttpPortStaysAsConfigured() {
    StandardEnvironment environment = withSettings(Map.of(HttpTls.CA_DIR, ""));

    assertThat(environment.getProperty("server.ssl.enabled")).isNull();
    assertThat(environment.getProperty("server.ssl.client-auth")).isNull();
  }

  @Test
  void anOperatorsOwnServerSslSettingWins() {
    StandardEnvironment environment =
        withSettings(Map.of(HttpTls.CA_DIR, "/etc/tongchou/ca", "server.ssl.client-auth", "need"));

    assertThat(environment.getProperty("server.ssl.client-auth")).isEqualTo("need");
  }
}
