package org.tongchou.hub.workbench.app;

import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.platform.grpc.GrpcServer;

/**
 * The hub's own gRPC services on an in-process transport, for the workbench: the same service beans
 * behind the same {@link CallerInterceptor}, so a page asks exactly what an RPC asks and is
 * access-logged the same way. Only this JVM can reach it (its name is random), which is why this
 * server, and no other, takes a session's certificate from a header ({@link
 * CallerInterceptor#presentedCertificates()}).
 */
@Component
@ConditionalOnWebApplication
public class OfficeChannel implements SmartLifecycle {

  private final String name = "workbench-" + UUID.randomUUID();
  private final GrpcServer server;
  private volatile ManagedChannel channel;

  OfficeChannel(List<BindableService> services, CallerInterceptor callers) {
    this.server =
        new GrpcServer(
            InProcessServerBuilder.forName(name).directExecutor(),
            services,
            callers.presentedCertificates());
  }

  /** A stub of {@code newStub} that presents {@code user}'s credential on every call. */
  public <T extends AbstractStub<T>> T stub(OfficeUser user, Function<io.grpc.Channel, T> newStub) {
    Metadata headers = new Metadata();
    user.credential()
        .presented(
            token -> {
              headers.put(CallerInterceptor.AUTHORIZATION, "Bearer " + token);
              return headers;
            },
            certificate -> {
              headers.put(CallerInterceptor.PRESENTED_CERTIFICATE, encoded(certificate));
              return headers;
            });
    return newStub
        .apply(channel)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a certificate a TLS handshake accepted always encodes", e);
    }
  }

  @Override
  public void start() {
    server.start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
  }

  @Override
  public void stop() {
    ManagedChannel open = channel;
    if (open != null) {
      open.shutdownNow();
      channel = null;
    }
    server.stop();
  }

  @Override
  public boolean isRunning() {
    return channel != null;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1;
  }
}
