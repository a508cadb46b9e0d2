package org.tongchou.adapter.hub;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.Receipt;
import org.tongchou.proto.v1.RegionSyncGrpc;
import org.tongchou.proto.v1.SubmitRequest;
import org.tongchou.proto.v1.SubmitResponse;
import org.tongchou.proto.v1.SubscribeRequest;

/**
 * The fake hub's RegionSync: see {@link FakeHub}. Accepted facts also go on the {@link FakeFeed}.
 */
final class FakeRegionSync extends RegionSyncGrpc.RegionSyncImplBase {

  final FakeFeed feed = new FakeFeed();
  final Map<String, Receipt> recorded = new ConcurrentHashMap<>();
  final List<SubmitRequest> received = new CopyOnWriteArrayList<>();
  final AtomicLong cutOnceAt = new AtomicLong(-1);
  private final AtomicLong position = new AtomicLong();

  @Override
  public StreamObserver<SubmitRequest> submit(StreamObserver<SubmitResponse> responses) {
    return new StreamObserver<>() {
      private boolean cut;

      @Override
      public synchronized void onNext(SubmitRequest request) {
        if (cut) {
          return;
        }
        received.add(request);
        SubmitResponse.Builder response =
            SubmitResponse.newBuilder().setBatchSequence(request.getBatchSequence());
        for (int i = 0; i < request.getFactsCount(); i++) {
          response.addOutcomes(outcome(request.getFacts(i), i));
        }
        if (cutOnceAt.compareAndSet(request.getBatchSequence(), -1)) {
          cut = true; // recorded, but the answer is lost: the client must resend and get DUPLICATE
          responses.onError(
              Status.UNAVAILABLE.withDescription("hub restarting").asRuntimeException());
          return;
        }
        responses.onNext(response.build());
      }

      @Override
      public void onError(Throwable t) {}

      @Override
      public synchronized void onCompleted() {
        if (!cut) {
          responses.onCompleted();
        }
      }
    };
  }

  @Override
  public StreamObserver<SubscribeRequest> subscribe(StreamObserver<FeedItem> items) {
    return feed.subscribe(items);
  }

  private FactOutcome outcome(Fact fact, int index) {
    FactOutcome.Builder outcome =
        FactOutcome.newBuilder().setRecordId(fact.getRecordId()).setIndex(index);
    if (fact.getRecordId().startsWith("refuse-")) {
      return outcome
          .setKind(FactOutcome.Kind.REFUSED)
          .setRefusal(FakeHub.idNumberRefusal(fact.getRecordId()))
          .build();
    }
    String key = fact.getRegion() + "/" + fact.getRecordId();
    Instant now = Instant.now();
    Receipt fresh =
        Receipt.newBuilder()
            .setRecordId(fact.getRecordId())
            .setPosition(position.incrementAndGet())
            .setRecordedAt(FeedFixtures.timestamp(now))
            .build();
    Receipt first = recorded.putIfAbsent(key, fresh);
    if (first != null) {
      return outcome.setKind(FactOutcome.Kind.DUPLICATE).setReceipt(first).build();
    }
    feed.appendFact(FeedFixtures.recorded(fact, "pk-" + fact.getPerson().getIdNumber(), now));
    return outcome.setKind(FactOutcome.Kind.ACCEPTED).setReceipt(fresh).build();
  }
}
