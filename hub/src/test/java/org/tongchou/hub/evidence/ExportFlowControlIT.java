package org.tongchou.hub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.grpc.BindableService;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.platform.grpc.GrpcServer;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.EvidenceGrpc;
import org.tongchou.proto.v1.ExportChunk;
import org.tongchou.proto.v1.ExportRequest;

/**
 * An export to a client that reads slowly is read from the log only as fast as the client asks for
 * chunks. The hub's own services run on an in-process server here (GrpcServer takes any
 * ServerBuilder): its flow control counts messages, so "asked for" is exact.
 */
@PostgresHub
class ExportFlowControlIT {

  private static final int CHUNK = 200;
  private static final ExportRequest EVERYTHING =
      ExportRequest.newBuilder().setPurpose("flow control").build();

  @Autowired ApplicationContext context;
  @Autowired MeterRegistry meters;
  GrpcServer server;
  HubClient auditor;

  @BeforeEach
  void startInProcess() {
    try (HubClient wuxi = TestHub.clientFor(context, Facts.WUXI)) {
      // Enough log for many chunks, whatever else the database holds.
      for (int batch = 0; batch < 3; batch++) {
        wuxi.submit(
            IntStream.range(0, 400)
                .mapToObj(
                    i -> Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-02-01"))
                .toList());
      }
    }
    String name = InProcessServerBuilder.generateName();
    server =
        new GrpcServer(
            InProcessServerBuilder.forName(name),
            List.copyOf(context.getBeansOfType(BindableService.class).values()),
            context.getBean(CallerInterceptor.class));
    server.start();
    auditor =
        new HubClient(
            InProcessChannelBuilder.forName(name).build(),
            context
                .getBean(CredentialStore.class)
                .issue(Role.AUDITOR, null, "flow-control-auditor"));
  }

  @AfterEach
  void stop() {
    auditor.close();
    server.stop();
  }

  @Test
  void anExportReadsTheLogOnlyAChunkAheadOfWhatASlowClientAskedForAndStillDeliversAllOfIt()
      throws Exception {
    double readBefore = counter("tongchou.export.entries");
    double waitsBefore = counter("tongchou.export.waits");
    SlowReader slow = new SlowReader();
    auditor.authorized(EvidenceGrpc.newStub(auditor.channel())).export(EVERYTHING, slow);

    List<String> lines = new ArrayList<>();
    for (int asked = 1; asked <= 4; asked++) {
      lines.addAll(slow.next().getLinesList());
      // The hub sends what was asked for, then waits for the client to ask again (or, without
      // flow control, reads on).
      int bound = (asked + 1) * CHUNK;
      int chunks = asked;
      await(
          () ->
              counter("tongchou.export.waits") - waitsBefore >= chunks
                  || counter("tongchou.export.entries") - readBefore > bound);
      assertThat(counter("tongchou.export.entries") - readBefore)
          .as("log entries read after %d chunks", asked)
          .isLessThanOrEqualTo(bound);
      slow.call.request(1);
    }
    slow.call.request(
        1_000_000); // not Integer.MAX_VALUE: added to what is still asked, it would overflow
    for (ExportChunk chunk = slow.next(); chunk != null; chunk = slow.next()) {
      lines.addAll(chunk.getLinesList());
    }

    assertThat(counter("tongchou.export.entries") - readBefore).isGreaterThan(6 * CHUNK);
    List<String> atOnce = new ArrayList<>();
    auditor
        .authorized(EvidenceGrpc.newBlockingStub(auditor.channel()))
        .export(EVERYTHING)
        .forEachRemaining(chunk -> atOnce.addAll(chunk.getLinesList()));
    assertThat(withoutHeader(lines)).isEqualTo(withoutHeader(atOnce));
  }

  @Test
  void anExportTheClientCancelsStopsReadingTheLog() throws Exception {
    double readBefore = counter("tongchou.export.entries");
    double cancelledBefore = counter("tongchou.export.cancelled");
    SlowReader slow = new SlowReader();
    auditor.authorized(EvidenceGrpc.newStub(auditor.channel())).export(EVERYTHING, slow);
    slow.next();

    slow.call.cancel("the auditor has seen enough", null);

    await(() -> counter("tongchou.export.cancelled") > cancelledBefore);
    assertThat(slow.failure()).isEqualTo(Status.Code.CANCELLED);
    assertThat(counter("tongchou.export.entries") - readBefore).isLessThanOrEqualTo(2 * CHUNK);
  }

  /**
   * Issue #12, "Credential lifecycle": an export stays open while its client reads slowly; when its
   * credential is revoked meanwhile, the hub ends it with UNAUTHENTICATED within seconds (the open
   * calls are rechecked every {@code tongchou.access.recheck-interval}, 2 s) and stops reading.
   */
  @Test
  void anExportWhoseCredentialIsRevokedWhileItIsOpenEndsUnauthenticatedAndStopsReading()
      throws Exception {
    CredentialStore credentials = context.getBean(CredentialStore.class);
    CredentialStore.Issued revocable =
        credentials.issue(Role.AUDITOR, null, "revoked-exporter", java.time.Duration.ofDays(1));
    double cancelledBefore = counter("tongchou.export.cancelled");
    // Over the auditor's channel, closed after each test.
    HubClient exporter = new HubClient(auditor.channel(), revocable.token());
    SlowReader slow = new SlowReader();
    exporter.authorized(EvidenceGrpc.newStub(exporter.channel())).export(EVERYTHING, slow);
    assertThat(slow.next()).as("the export was open").isNotNull();

    credentials.revoke(revocable.id(), "auditor left the service");

    assertThat(slow.failure()).isEqualTo(Status.Code.UNAUTHENTICATED);
    await(() -> counter("tongchou.export.cancelled") > cancelledBefore);
  }

  private double counter(String name) {
    return meters.counter(name).count();
  }

  private static List<String> withoutHeader(List<String> lines) {
    return lines.stream().filter(line -> !line.startsWith("{\"kind\":\"header\"")).toList();
  }

  /**
   * Waits (at most 30 s, a guard rather than a measure) for what the hub does on its own threads.
   */
  private static void await(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 3_000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    if (!condition.getAsBoolean()) {
      fail("the hub did not get there within 30 s");
    }
  }

  /** A client that takes one chunk at a time, only when it asks for it. */
  static final class SlowReader implements ClientResponseObserver<ExportRequest, ExportChunk> {

    private static final Object END = new Object();
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    ClientCallStreamObserver<ExportRequest> call;

    @Override
    public void beforeStart(ClientCallStreamObserver<ExportRequest> call) {
      this.call = call;
      call.disableAutoRequestWithInitial(1);
    }

    @Override
    public void onNext(ExportChunk chunk) {
      received.add(chunk);
    }

    @Override
    public void onError(Throwable t) {
      received.add(t);
    }

    @Override
    public void onCompleted() {
      received.add(END);
    }

    /** The next chunk; null at the end. */
    ExportChunk next() throws InterruptedException {
      Object item = received.poll(30, TimeUnit.SECONDS);
      if (item instanceof ExportChunk chunk) {
        return chunk;
      }
      if (item == END) {
        return null;
      }
      throw new AssertionError("no chunk: " + item, item instanceof Throwable t ? t : null);
    }

    /** How the call ended, after a cancel. */
    Status.Code failure() throws InterruptedException {
      for (Object item = received.poll(30, TimeUnit.SECONDS);
          item != null;
          item = received.poll(30, TimeUnit.SECONDS)) {
        if (item instanceof Throwable t) {
          return Status.fromThrowable(t).getCode();
        }
      }
      return null;
    }
  }
}
