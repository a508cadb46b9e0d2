package org.tongchou.adapter.hub;

import io.grpc.ChannelCredentials;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * TLS to the hub: the hub's CA certificate (the only one trusted for the hub's identity), and the
 * region's own certificate and key, which name it to the hub (mutual TLS; see deploy/README.md).
 *
 * @param ca the hub CA's certificate ({@code ca.crt}), PEM
 * @param certificate this region's certificate, PEM; null for server-side TLS only
 * @param key this region's private key, PKCS#8 PEM; null exactly when {@code certificate} is
 */
public record HubTls(Path ca, Path certificate, Path key) {

  public HubTls {
    if (ca == null || (certificate == null) != (key == null)) {
      throw new IllegalArgumentException(
          "TLS needs the hub's CA certificate, and a certificate with its key or neither");
    }
  }

  ChannelCredentials credentials() {
    try {
      TlsChannelCredentials.Builder tls =
          TlsChannelCredentials.newBuilder().trustManager(ca.toFile());
      if (certificate != null) {
        tls.keyManager(certificate.toFile(), key.toFile());
      }
      return tls.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the TLS files " + this, e);
    }
  }
}
