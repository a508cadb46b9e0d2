package org.tongchou.hub.platform.grpc;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The hub's gRPC server. It owns its lifecycle and takes a {@link ServerBuilder}, so tests can run
 * the same services over an in-process or loopback transport. Health needs no credential (load
 * balancers and probes ask it); every Tongchou service, and reflection, sits behind {@code
 * callers}, the check that names the caller (access's {@code CallerInterceptor}: platform knows no
 * feature). Reflection lists every service and message of the hub: a map for whoever probes it, so
 * only an authenticated caller gets it (issue #12, "Hardening").
 */
public class GrpcServer implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(GrpcServer.class);

  private final ServerBuilder<?> builder;
  private final List<BindableService> services;
  private final ServerInterceptor callers;
  private final HealthStatusManager health = new HealthStatusManager();
  private volatile Server server;

  public GrpcServer(
      ServerBuilder<?> builder, List<BindableService> services, ServerInterceptor callers) {
    this.builder = builder;
    this.services = services;
    this.callers = callers;
  }

  @Override
  public void start() {
    // Interceptors listed last run first: errors are guarded around the credential check too.
    UnexpectedErrorInterceptor guard = new UnexpectedErrorInterceptor();
    services.forEach(s -> builder.addService(ServerInterceptors.intercept(s, callers, guard)));
    builder.addService(health.getHealthService());
    builder.addService(
        ServerInterceptors.intercept(ProtoReflectionServiceV1.newInstance(), callers, guard));
    try {
      server = builder.build().start();
    } catch (IOException e) {
      throw new UncheckedIOException("gRPC server could not start", e);
    }
    services.forEach(
        s ->
            health.setStatus(
                s.bindService().getServiceDescriptor().getName(),
                HealthCheckResponse.ServingStatus.SERVING));
    health.setStatus("", HealthCheckResponse.ServingStatus.SERVING);
    LOG.info("gRPC listening on port {}", server.getPort());
  }

  @Override
  public void stop() {
    Server running = server;
    if (running == null) {
      return;
    }
    health.enterTerminalState();
    running.shutdown();
    try {
      if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
        running.shutdownNow();
      }
    } catch (InterruptedException e) {
      running.shutdownNow();
      Thread.currentThread().interrupt();
    }
    server = null;
  }

  @Override
  public boolean isRunning() {
    return server != null;
  }

  /** Just below the feed's phase: open subscriptions are ended properly before the server stops. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1;
  }

  /** The bound port (useful when configured as 0); -1 for an in-process server. */
  public int port() {
    return server == null ? -1 : server.getPort();
  }
}
