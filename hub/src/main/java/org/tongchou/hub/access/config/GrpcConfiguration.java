package org.tongchou.hub.access.config;

import io.grpc.BindableService;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.platform.grpc.GrpcServer;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tongchou.grpc.enabled", havingValue = "true", matchIfMissing = true)
class GrpcConfiguration {

  @Bean
  GrpcServer grpcServer(
      @Value("${tongchou.grpc.address:0.0.0.0}") String address,
      @Value("${tongchou.grpc.port:9090}") int port,
      @Value("${tongchou.grpc.tls.ca-dir:}") String caDir,
      @Value("${tongchou.access.tokens.enabled:true}") boolean tokens,
      @Value("${tongchou.grpc.max-inbound-message-size:8388608}") int maxInbound,
      @Value("${tongchou.production:false}") boolean production,
      List<BindableService> services,
      CallerInterceptor callers)
      throws SSLException {
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress(address, port))
            .maxInboundMessageSize(maxInbound);
    TransportPolicy.check(address, !caDir.isBlank(), tokens, production);
    if (!caDir.isBlank()) {
      builder.sslContext(ServerTls.context(Path.of(caDir), tokens));
    } else if (!tokens) {
      // Neither certificates nor tokens: every call would be refused. Say so at start instead.
      throw new IllegalStateException(
          "no way to identify callers: set tongchou.grpc.tls.ca-dir "
              + "(TONGCHOU_GRPC_TLS_CA_DIR, see deploy/README.md) or enable tokens for local development "
              + "(TONGCHOU_TOKENS_ENABLED=true)");
    }
    return new GrpcServer(builder, services, callers);
  }
}
