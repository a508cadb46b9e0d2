package org.tongchou.hub.sync.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.accesslog.app.AccessLog;
import org.tongchou.hub.feed.grpc.FeedService;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.sync.app.FactIngest;
import org.tongchou.hub.sync.domain.SubmitOutcome;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.RegionSyncGrpc;
import org.tongchou.proto.v1.SubmitRequest;
import org.tongchou.proto.v1.SubmitResponse;
import org.tongchou.proto.v1.SubscribeRequest;

/**
 * {@code RegionSync.Submit}. Batches of one call arrive one at a time (gRPC delivers a call's
 * messages serially and asks for the next only when this returns), so a slow store slows the sender
 * instead of filling the hub's memory.
 */
@Component
public class RegionSyncService extends RegionSyncGrpc.RegionSyncImplBase {

  static final int MAX_BATCH = 1000;

  private final FactIngest ingest;
  private final SubmitMetrics metrics;
  private final FeedService feed;
  private final AccessLog accessLog;
  private final SubmitLimits limits;

  RegionSyncService(
      FactIngest ingest,
      SubmitMetrics metrics,
      FeedService feed,
      AccessLog accessLog,
      SubmitLimits limits) {
    this.ingest = ingest;
    this.metrics = metrics;
    this.feed = feed;
    this.accessLog = accessLog;
    this.limits = limits;
  }

  @Override
  public StreamObserver<SubscribeRequest> subscribe(StreamObserver<FeedItem> items) {
    return feed.subscribe(CallerInterceptor.current(), items);
  }

  @Override
  public StreamObserver<SubmitRequest> submit(StreamObserver<SubmitResponse> responses) {
    Caller caller = CallerInterceptor.current();
    if (!caller.role().mayWriteFacts()) {
      responses.onError(
          GrpcErrors.exception(
              GrpcErrors.status(
                  Status.Code.PERMISSION_DENIED,
                  caller.describe()
                      + " may read but not write facts; only a region's credential submits",
                  "ROLE_MAY_NOT_WRITE",
                  Map.of("role", caller.role().name()))));
      return new StreamObserver<>() {
        @Override
        public void onNext(SubmitRequest request) {
          // refused above
        }

        @Override
        public void onError(Throwable t) {}

        @Override
        public void onCompleted() {}
      };
    }
    Credential credential = CallerInterceptor.currentCredential();
    return new StreamObserver<>() {
      private boolean failed;

      @Override
      public void onNext(SubmitRequest request) {
        if (failed) {
          return;
        }
        try {
          responses.onNext(answer(caller, credential, request));
        } catch (RuntimeException e) {
          failed = true;
          responses.onError(toStatus(e));
        }
      }

      @Override
      public void onError(Throwable t) {
        // The client went away; whatever was answered is recorded, the rest was not sent.
      }

      @Override
      public void onCompleted() {
        if (!failed) {
          responses.onCompleted();
        }
      }
    };
  }

  private SubmitResponse answer(Caller caller, Credential credential, SubmitRequest request) {
    int size = request.getFactsCount();
    if (size == 0 || size > MAX_BATCH) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.INVALID_ARGUMENT,
              "a batch holds 1 to " + MAX_BATCH + " facts, this one " + size,
              "BAD_BATCH_SIZE",
              Map.of("batchSequence", Long.toString(request.getBatchSequence())),
              List.of(new FieldViolation("facts", "1 to " + MAX_BATCH + " facts per batch"))));
    }
    limits.admit(caller, credential, request);
    List<SubmitOutcome> outcomes =
        metrics
            .batches()
            .record(
                () ->
                    ingest.submit(
                        caller.jurisdiction(),
                        request.getFactsList().stream().map(FactMapper::toDomain).toList(),
                        request.getImported()));
    metrics.count(caller.jurisdiction(), outcomes);
    logRefusedToStranger(caller, outcomes);
    limits.refused(
        caller,
        credential,
        (int) outcomes.stream().filter(o -> o.kind() == SubmitOutcome.Kind.REFUSED).count());
    SubmitResponse.Builder response =
        SubmitResponse.newBuilder().setBatchSequence(request.getBatchSequence());
    for (int i = 0; i < size; i++) {
      Fact fact = request.getFacts(i);
      response.addOutcomes(OutcomeMapper.toProto(i, fact.getRecordId(), outcomes.get(i)));
    }
    return response.build();
  }

  /**
   * Facts refused to a region that is not entitled to their persons may be probes (docs/ACCESS.md):
   * one access-log entry per batch names every such person, so that probing leaves a trail an
   * auditor can list.
   */
  private void logRefusedToStranger(Caller caller, List<SubmitOutcome> outcomes) {
    List<String> persons =
        outcomes.stream()
            .map(SubmitOutcome::strangerKey)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    if (!persons.isEmpty()) {
      accessLog.refused(caller, "RegionSync.Submit", persons, null, "NOT_ENTITLED");
    }
  }

  private static Throwable toStatus(RuntimeException e) {
    if (e instanceof StatusRuntimeException) {
      return e;
    }
    // Not a refusal. Nothing of the batch was stored, so the batch can be resent as it is.
    return GrpcErrors.exception(GrpcErrors.unexpected("RegionSync/Submit", e));
  }
}
