package org.tongchou.hub.access.config;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import java.nio.file.Path;
import javax.net.ssl.SSLException;
import org.tongchou.hub.access.tls.CertificateAuthority;

/**
 * TLS for the gRPC port from the CA folder ({@code hub ca init}): the hub's own certificate, and
 * only certificates of its own CA accepted from peers. A client certificate is required unless
 * bearer tokens are still enabled (local development), in which case it is optional.
 */
final class ServerTls {

  private ServerTls() {}

  static SslContext context(Path caDir, boolean tokensEnabled) throws SSLException {
    CertificateAuthority ca = new CertificateAuthority(caDir);
    return GrpcSslContexts.forServer(ca.hubCertificate().toFile(), ca.hubKey().toFile())
        .trustManager(ca.caCertificate().toFile())
        .clientAuth(tokensEnabled ? ClientAuth.OPTIONAL : ClientAuth.REQUIRE)
        .build();
  }
}
