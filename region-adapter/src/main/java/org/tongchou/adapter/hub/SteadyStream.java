package org.tongchou.adapter.hub;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.SubmitRequest;
import org.tongchou.proto.v1.SubmitResponse;

/**
 * The {@code Submit} stream of a {@link SteadyPush}: the pacing thread sends, gRPC threads record
 * the answers. Only the pacing thread writes to the call.
 */
final class SteadyStream implements ClientResponseObserver<SubmitRequest, SubmitResponse> {

  private final Map<String, Instant> recordedAt = new ConcurrentHashMap<>();
  private final List<String> refusals = new CopyOnWriteArrayList<>();
  private final AtomicInteger duplicate = new AtomicInteger();
  private final CompletableFuture<Status> end = new CompletableFuture<>();
  private ClientCallStreamObserver<SubmitRequest> requests;

  void send(SubmitRequest batch) {
    requests.onNext(batch);
  }

  boolean ended() {
    return end.isDone();
  }

  /** Half-closes, waits up to {@code grace} for the hub to answer everything, and sums up. */
  SteadyPush.Result finish(Duration grace, int total) throws InterruptedException {
    Status status;
    try {
      if (!end.isDone()) {
        requests.onCompleted();
      }
      status = end.get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      requests.cancel("answers did not come within " + grace.toSeconds() + " s", null);
      status =
          Status.DEADLINE_EXCEEDED.withDescription(
              "answers did not come within " + grace.toSeconds() + " s");
    } catch (ExecutionException e) {
      status =
          Status.fromThrowable(e.getCause()); // never: the future is only ever completed normally
    }
    int unanswered = total - recordedAt.size() - duplicate.get() - refusals.size();
    Optional<String> failure =
        status.isOk() ? Optional.empty() : Optional.of(StreamFailure.describe(status));
    return new SteadyPush.Result(recordedAt, duplicate.get(), refusals, unanswered, failure);
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<SubmitRequest> requestStream) {
    this.requests = requestStream;
  }

  @Override
  public void onNext(SubmitResponse response) {
    for (FactOutcome outcome : response.getOutcomesList()) {
      switch (outcome.getKind()) {
        case ACCEPTED ->
            recordedAt.put(
                outcome.getRecordId(), FeedEntries.instant(outcome.getReceipt().getRecordedAt()));
        case DUPLICATE -> duplicate.incrementAndGet();
        default -> refusals.add(refusal(outcome));
      }
    }
  }

  private static String refusal(FactOutcome outcome) {
    StatusDetails details = StatusDetails.of(outcome.getRefusal());
    return outcome.getRecordId() + "  " + details.code() + "  " + details.messageWithReason();
  }

  @Override
  public void onError(Throwable error) {
    end.complete(Status.fromThrowable(error));
  }

  @Override
  public void onCompleted() {
    end.complete(Status.OK);
  }
}
