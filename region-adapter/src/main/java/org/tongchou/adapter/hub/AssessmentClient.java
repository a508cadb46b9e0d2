package org.tongchou.adapter.hub;

import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.CsvChunk;
import org.tongchou.proto.v1.ExplainObligationRequest;
import org.tongchou.proto.v1.GetScorecardsResponse;
import org.tongchou.proto.v1.ListObligationsResponse;
import org.tongchou.proto.v1.Statistics;

/**
 * The hub's {@code tongchou.v1.Assessment}: scorecards, the obligations behind a line, one
 * obligation's history, statistics and CSV exports, over a {@link HubClient}'s channel and
 * credential. Every failure is a {@link HubCallException} with the hub's code and field violations.
 */
public final class AssessmentClient {

  private final HubClient hub;

  /**
   * Over an open connection, which the caller keeps and closes; each call carries its own deadline.
   */
  public AssessmentClient(HubClient hub) {
    this.hub = hub;
  }

  /**
   * Both roles' scorecards of the query's region (and with children, of each division under it).
   */
  public GetScorecardsResponse scorecards(AssessmentQuery q) throws HubCallException {
    return call(s -> s.getScorecards(AssessmentRequests.scorecards(q)));
  }

  /**
   * Every obligation behind one scorecard line, all pages joined into one answer. Only the first
   * page asks to catch up: once the read models have caught up with the log as it stood when the
   * command started, the later pages need not wait again. The answer's {@code as_of} is the first
   * page's.
   *
   * @param pageSize obligations per call, 1 to 1,000 (0: the hub's default)
   */
  public ListObligationsResponse obligations(AssessmentQuery q, int pageSize)
      throws HubCallException {
    ListObligationsResponse first =
        call(s -> s.listObligations(AssessmentRequests.obligations(q, pageSize, "")));
    ListObligationsResponse.Builder all = first.toBuilder().clearNextPageToken();
    AssessmentQuery later = q.withCatchUp(false);
    for (String token = first.getNextPageToken(); !token.isEmpty(); ) {
      String from = token;
      ListObligationsResponse page =
          call(s -> s.listObligations(AssessmentRequests.obligations(later, pageSize, from)));
      all.addAllObligations(page.getObligationsList());
      token = page.getNextPageToken();
    }
    return all.build();
  }

  /** One obligation with its events and facts; {@code purpose} is kept in the hub's access log. */
  public Explanation explain(String obligationId, String purpose) throws HubCallException {
    ExplainObligationRequest request =
        ExplainObligationRequest.newBuilder()
            .setObligationId(obligationId)
            .setPurpose(purpose)
            .build();
    return Explanation.of(call(s -> s.explainObligation(request)), Instant.now());
  }

  /** Stock, flows, births and coverage of the query's region and period. */
  public Statistics statistics(AssessmentQuery q) throws HubCallException {
    return call(s -> s.getStatistics(AssessmentRequests.statistics(q)));
  }

  /**
   * Streams a table as CSV into the target, the bytes exactly as they arrive.
   *
   * @param table one of {@link AssessmentQuery#TABLES}
   * @return the file's name as the hub gave it, and how many bytes were written
   * @throws IOException when the target cannot be written; the stream is closed either way
   */
  public Exported export(AssessmentQuery q, String table, CsvTarget target)
      throws HubCallException, IOException {
    // Cancelled on the way out, so that a target that fails does not leave the stream open until
    // its deadline: a blocking stream ends early only through its context.
    Context.CancellableContext call = Context.current().withCancellation();
    Context previous = call.attach();
    try {
      return copy(call(s -> s.exportCsv(AssessmentRequests.export(q, table))), target);
    } finally {
      call.detach(previous);
      call.cancel(null);
    }
  }

  private static Exported copy(Iterator<CsvChunk> chunks, CsvTarget target)
      throws HubCallException, IOException {
    String name = null;
    long bytes = 0;
    OutputStream out = null;
    try {
      while (chunks.hasNext()) {
        CsvChunk chunk = chunks.next();
        if (out == null) {
          name = chunk.getFileName();
          out = target.open(name);
        }
        chunk.getData().writeTo(out);
        bytes += chunk.getData().size();
      }
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    } finally {
      if (out != null) {
        out.close();
      }
    }
    if (out == null) {
      throw new HubCallException(
          "DATA_LOSS", "the hub ended the export without a chunk", List.of());
    }
    return new Exported(name, bytes);
  }

  /** What an export wrote: the hub's file name and the byte count. */
  public record Exported(String fileName, long bytes) {}

  private <T> T call(Function<AssessmentGrpc.AssessmentBlockingStub, T> rpc)
      throws HubCallException {
    return Unary.call(() -> rpc.apply(hub.assessment()));
  }
}
