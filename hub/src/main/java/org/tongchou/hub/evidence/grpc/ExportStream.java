package org.tongchou.hub.evidence.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import java.util.List;
import org.tongchou.hub.evidence.app.ExportLines;
import org.tongchou.proto.v1.ExportChunk;

/**
 * Sends an export as fast as the client takes it, grpc-java's manual flow control: a chunk is read
 * from the log only while the call {@code isReady()}; when it is not, this returns and the call's
 * on-ready handler resumes it. Waiting inside the handler instead would hold the call's thread,
 * which is also the thread that must deliver the on-ready notification.
 */
final class ExportStream implements Runnable {

  static final int LINES_PER_CHUNK = 200;

  private final ExportLines export;
  private final ServerCallStreamObserver<ExportChunk> out;
  private final ExportMeters meters;
  private boolean done;

  private ExportStream(
      ExportLines export, ServerCallStreamObserver<ExportChunk> out, ExportMeters meters) {
    this.export = export;
    this.out = out;
    this.meters = meters;
  }

  /** Starts sending; call from the service method, which may then return. */
  static void start(
      ExportLines export, ServerCallStreamObserver<ExportChunk> out, ExportMeters meters) {
    ExportStream stream = new ExportStream(export, out, meters);
    // With a cancel handler set, grpc drops what is sent to a cancelled call instead of throwing.
    out.setOnCancelHandler(meters.cancelled()::increment);
    out.setOnReadyHandler(stream);
    stream.run();
  }

  /**
   * Sends while the client keeps up. grpc runs it, like the service method, on one call thread at a
   * time.
   */
  @Override
  public void run() {
    while (!done) {
      if (out.isCancelled()) {
        // The auditor went away: stop reading the log.
        done = true;
        return;
      }
      if (!out.isReady()) {
        meters.waits().increment();
        return;
      }
      List<String> lines = export.next(LINES_PER_CHUNK);
      if (lines.isEmpty()) {
        done = true;
        out.onCompleted();
        return;
      }
      out.onNext(ExportChunk.newBuilder().addAllLines(lines).build());
    }
  }
}
