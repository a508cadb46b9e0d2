package org.tongchou.adapter.hub;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.tongchou.proto.v1.SubmitRequest;
import org.tongchou.proto.v1.SubmitResponse;

/**
 * One {@code Submit} stream of a push: sends the batches still unanswered when it starts, keeping
 * at most {@code window} of them in flight, and records each answer in the shared {@link
 * PushState}. Ends with the stream's final status. Synchronized because answers arrive on gRPC
 * threads while the first batches go out from the caller's thread, and a request observer must not
 * be called concurrently.
 */
final class SubmitAttempt implements ClientResponseObserver<SubmitRequest, SubmitResponse> {

  private final PushState state;
  private final int window;
  private final ProgressListener progress;
  private final Deque<Batch> toSend;
  private final Map<Long, Batch> inFlight = new LinkedHashMap<>();
  private final CompletableFuture<Status> end = new CompletableFuture<>();
  private ClientCallStreamObserver<SubmitRequest> requests;
  private boolean halfClosed;
  private boolean answeredAny;

  SubmitAttempt(PushState state, int window, ProgressListener progress) {
    this.state = state;
    this.window = window;
    this.progress = progress;
    this.toSend = new ArrayDeque<>(state.unanswered());
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<SubmitRequest> requestStream) {
    this.requests = requestStream;
  }

  /** Sends the first batches; {@link #ended()} completes when the stream is over. */
  synchronized void start() {
    sendWhileRoom();
  }

  CompletableFuture<Status> ended() {
    return end;
  }

  synchronized boolean answeredAny() {
    return answeredAny;
  }

  @Override
  public synchronized void onNext(SubmitResponse response) {
    Batch batch = inFlight.remove(response.getBatchSequence());
    if (batch == null || response.getOutcomesCount() != batch.size()) {
      // The contract promises one outcome per fact of a batch we sent; anything else cannot be
      // matched to lines, so the stream is abandoned rather than mis-reported.
      String why =
          "hub answered batch "
              + response.getBatchSequence()
              + " with "
              + response.getOutcomesCount()
              + " outcomes, which matches no batch in flight";
      end.complete(Status.INTERNAL.withDescription(why));
      requests.cancel(why, null);
      return;
    }
    answeredAny = true;
    progress.answered(state.answer(batch, response.getOutcomesList()), state.total());
    sendWhileRoom();
  }

  @Override
  public void onError(Throwable error) {
    end.complete(Status.fromThrowable(error));
  }

  @Override
  public void onCompleted() {
    end.complete(Status.OK);
  }

  private void sendWhileRoom() {
    if (end.isDone()) {
      return;
    }
    while (inFlight.size() < window && !toSend.isEmpty()) {
      Batch batch = toSend.removeFirst();
      inFlight.put(batch.sequence(), batch);
      state.sent();
      requests.onNext(batch.request());
    }
    if (inFlight.isEmpty() && toSend.isEmpty() && !halfClosed) {
      halfClosed = true; // everything answered: let the hub end the stream
      requests.onCompleted();
    }
  }
}
