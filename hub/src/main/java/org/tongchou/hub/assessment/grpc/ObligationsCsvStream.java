package org.tongchou.hub.assessment.grpc;

import com.google.protobuf.ByteString;
import io.grpc.stub.ServerCallStreamObserver;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.tongchou.hub.assessment.app.AssessmentCsv;
import org.tongchou.hub.assessment.app.Scorecards;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.platform.csv.Csv;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.proto.v1.CsvChunk;

/**
 * The obligations CSV sent as the client takes it (grpc-java's manual flow control, as {@code
 * ExportStream} does): the next page of obligations is read, by key, only when the call {@code
 * isReady()} and less than a chunk is waiting, so a line of a million obligations never sits in the
 * hub's memory. The bytes, and their cut into chunks of {@link AssessmentService#CHUNK} with the
 * file name on the first, are those of the file built whole.
 */
final class ObligationsCsvStream implements Runnable {

  static final int PAGE = 500;

  private final Scorecards.BehindPages behind;
  private final UnaryOperator<ObligationRow> shown;
  private final ServerCallStreamObserver<CsvChunk> out;
  private final String fileName;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private String cursor = "";
  private boolean lastPage;
  private boolean sentAny;
  private boolean done;

  private ObligationsCsvStream(
      Scorecards.BehindPages behind,
      UnaryOperator<ObligationRow> shown,
      ServerCallStreamObserver<CsvChunk> out,
      String fileName) {
    this.behind = behind;
    this.shown = shown;
    this.out = out;
    this.fileName = fileName;
    pending.writeBytes(Csv.line(AssessmentCsv.OBLIGATIONS).getBytes(StandardCharsets.UTF_8));
  }

  /** Starts sending; call from the service method, which is when gRPC takes the handlers. */
  static void start(
      Scorecards.BehindPages behind,
      UnaryOperator<ObligationRow> shown,
      ServerCallStreamObserver<CsvChunk> out,
      String fileName) {
    ObligationsCsvStream stream = new ObligationsCsvStream(behind, shown, out, fileName);
    // With a cancel handler set, grpc drops what is sent to a cancelled call instead of throwing.
    out.setOnCancelHandler(stream::cancel);
    out.setOnReadyHandler(stream);
    stream.run();
  }

  /** Sends while the client has room; gRPC calls it again when it has room again. */
  @Override
  public synchronized void run() {
    try {
      while (!done) {
        if (out.isCancelled()) {
          done = true;
          return;
        }
        if (!out.isReady()) {
          return;
        }
        if (pending.size() >= AssessmentService.CHUNK) {
          send(AssessmentService.CHUNK);
        } else if (!lastPage) {
          read();
        } else {
          if (pending.size() > 0 || !sentAny) {
            send(pending.size());
          }
          done = true;
          out.onCompleted();
        }
      }
    } catch (RuntimeException e) {
      done = true;
      out.onError(GrpcErrors.exception(GrpcErrors.unexpected("Assessment.ExportCsv", e)));
    }
  }

  private void read() {
    Scorecards.Behind page = behind.after(cursor, PAGE);
    lastPage = page.rows().size() < PAGE;
    for (ObligationRow row : page.rows()) {
      pending.writeBytes(
          Csv.line(AssessmentCsv.obligation(page, row, shown)).getBytes(StandardCharsets.UTF_8));
      cursor = row.obligationId();
    }
  }

  /** Sends the first {@code length} bytes waiting, the file name with the first chunk. */
  private void send(int length) {
    byte[] waiting = pending.toByteArray();
    CsvChunk.Builder chunk = CsvChunk.newBuilder().setData(ByteString.copyFrom(waiting, 0, length));
    if (!sentAny) {
      chunk.setFileName(fileName);
      sentAny = true;
    }
    pending.reset();
    pending.write(waiting, length, waiting.length - length);
    out.onNext(chunk.build());
  }

  private synchronized void cancel() {
    done = true;
  }
}
