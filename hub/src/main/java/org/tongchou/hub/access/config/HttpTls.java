package org.tongchou.hub.access.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.tongchou.hub.access.tls.CertificateAuthority;

/**
 * TLS on the HTTP port (the workbench) from the same CA folder as the gRPC port's ({@code hub ca
 * init}), when {@code tongchou.http.tls.ca-dir} names one: the hub's certificate, and client
 * certificates of its own CA asked for but not required ({@code want}), so that an office signs in
 * by certificate and a token still signs in without one. It sets Spring Boot's {@code server.ssl.*}
 * (PEM) rather than a server of its own, so {@code server.ssl.enabled} stays the one fact the
 * session cookie's Secure flag reads; an operator's own {@code server.ssl.*} setting wins.
 */
public final class HttpTls implements EnvironmentPostProcessor, Ordered {

  static final String CA_DIR = "tongchou.http.tls.ca-dir";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String dir = environment.getProperty(CA_DIR, "");
    if (dir.isBlank()) {
      return;
    }
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("httpTls", settings(Path.of(dir))));
  }

  static Map<String, Object> settings(Path dir) {
    CertificateAuthority ca = new CertificateAuthority(dir);
    return Map.of(
        "server.ssl.enabled",
        "true",
        "server.ssl.certificate",
        "file:" + ca.hubCertificate().toAbsolutePath(),
        "server.ssl.certificate-private-key",
        "file:" + ca.hubKey().toAbsolutePath(),
        "server.ssl.trust-certificate",
        "file:" + ca.caCertificate().toAbsolutePath(),
        "server.ssl.client-auth",
        "want",
        // Actuator's own port stays as it was: loopback probes and the metrics agent speak HTTP.
        "management.server.ssl.enabled",
        "false");
  }

  /** After the configuration files are read, so that the folder may be set in any of them. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
