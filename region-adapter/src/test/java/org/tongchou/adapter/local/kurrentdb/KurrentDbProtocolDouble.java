package org.tongchou.adapter.local.kurrentdb;

import com.google.protobuf.ByteString;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.kurrent.dbclient.proto.gossip.GossipGrpc;
import io.kurrent.dbclient.proto.gossip.GossipOuterClass;
import io.kurrent.dbclient.proto.serverfeatures.ServerFeaturesGrpc;
import io.kurrent.dbclient.proto.serverfeatures.Serverfeatures;
import io.kurrent.dbclient.proto.shared.Shared;
import io.kurrent.dbclient.proto.streams.StreamsGrpc;
import io.kurrent.dbclient.proto.streams.StreamsOuterClass.AppendReq;
import io.kurrent.dbclient.proto.streams.StreamsOuterClass.AppendResp;
import io.kurrent.dbclient.proto.streams.StreamsOuterClass.ReadReq;
import io.kurrent.dbclient.proto.streams.StreamsOuterClass.ReadResp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A double of KurrentDB's gRPC protocol (v1 streams, server features, gossip), in memory, built on
 * the service base classes that {@code io.kurrent:kurrentdb-client} ships. It is not KurrentDB: it
 * implements what the adapter's store uses, as the client sees it on the wire, and nothing more:
 *
 * <ul>
 *   <li>append with an expected revision (any, no stream, stream exists, a revision), answering a
 *       mismatch with {@code WrongExpectedVersion} as the server does;
 *   <li>idempotent appends by event id: the same events at the same place are a success, not a
 *       second copy;
 *   <li>reading a stream forward or backward from a revision, {@code StreamNotFound} for none;
 *   <li>catch-up subscriptions to a stream: confirmation, the events after the start, caught-up,
 *       then each new event live;
 *   <li>the {@code $ce-<category>} streams of the category projection, as links that reads resolve;
 *   <li>streams that refuse everyone ({@link #deny}), answered {@code PERMISSION_DENIED} as the
 *       server answers a stream whose $acl excludes the user.
 * </ul>
 *
 * <p>Everything else ($all, persistent subscriptions, deletes, metadata semantics, TLS, users) is
 * not here; docs/KURRENTDB.md lists what was tested only against this double.
 */
public final class KurrentDbProtocolDouble implements AutoCloseable {

  private static final Context.Key<String> AUTHORIZATION = Context.key("authorization");
  private static final Metadata.Key<String> AUTHORIZATION_HEADER =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  /** An event as stored; a link's data is {@code revision@stream}. */
  public record Stored(
      String stream,
      long revision,
      UUID id,
      String type,
      String contentType,
      byte[] data,
      byte[] metadata,
      long position,
      long createdTicks) {

    public String dataText() {
      return new String(data, StandardCharsets.UTF_8);
    }

    boolean isLink() {
      return "$>".equals(type);
    }
  }

  private final Object lock = new Object();
  private final Map<String, List<Stored>> streams = new HashMap<>();
  private final Map<String, List<Subscriber>> subscribers = new HashMap<>();
  private final Set<String> denied = new HashSet<>();
  private long nextPosition = 1;
  private final Server server;

  private KurrentDbProtocolDouble(int port) throws IOException {
    ServerInterceptor captureAuthorization =
        new ServerInterceptor() {
          @Override
          public <Q, R> ServerCall.Listener<Q> interceptCall(
              ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            String auth = headers.get(AUTHORIZATION_HEADER);
            Context context = Context.current().withValue(AUTHORIZATION, auth);
            return Contexts.interceptCall(context, call, headers, next);
          }
        };
    this.server =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
            .addService(ServerInterceptors.intercept(new Streams(), captureAuthorization))
            .addService(new Features())
            .addService(new Gossip())
            .build()
            .start();
  }

  /** Starts on {@code port} of 127.0.0.1 (0: any free port). */
  public static KurrentDbProtocolDouble start(int port) throws IOException {
    return new KurrentDbProtocolDouble(port);
  }

  public int port() {
    return server.getPort();
  }

  /** A connection string the client accepts for this double (plaintext: the double has no TLS). */
  public String connectionString() {
    return "kurrentdb://127.0.0.1:" + port() + "?tls=false";
  }

  /** Refuses every read and write of {@code stream}, as a stream whose $acl excludes the user. */
  public void deny(String stream) {
    synchronized (lock) {
      denied.add(stream);
    }
  }

  /** Lifts {@link #deny}: the stream answers everyone again. */
  public void allow(String stream) {
    synchronized (lock) {
      denied.remove(stream);
    }
  }

  /** The events of a stream as stored, in revision order. */
  public List<Stored> events(String stream) {
    synchronized (lock) {
      return List.copyOf(streams.getOrDefault(stream, List.of()));
    }
  }

  /** Ends every subscription, as a server restart does to its clients' subscriptions. */
  public void dropSubscriptions() {
    synchronized (lock) {
      subscribers.values().stream()
          .flatMap(List::stream)
          .forEach(
              s -> s.out.onError(Status.UNAVAILABLE.withDescription("restarting").asException()));
      subscribers.clear();
    }
  }

  @Override
  public void close() throws InterruptedException {
    server.shutdownNow();
    server.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** Runs the double in its own process: {@code KurrentDbProtocolDouble PORT}. */
  public static void main(String[] args) throws Exception {
    KurrentDbProtocolDouble d = start(Integer.parseInt(args[0]));
    System.out.println("KurrentDB protocol double at " + d.connectionString());
    d.server.awaitTermination();
  }

  // ---- the Streams service ----

  private final class Streams extends StreamsGrpc.StreamsImplBase {

    @Override
    public void read(ReadReq request, StreamObserver<ReadResp> out) {
      ReadReq.Options options = request.getOptions();
      if (!options.hasStream()) {
        out.onError(
            Status.UNIMPLEMENTED
                .withDescription("the protocol double reads single streams only, not $all")
                .asException());
        return;
      }
      String stream = options.getStream().getStreamIdentifier().getStreamName().toStringUtf8();
      if (refused(stream, out)) {
        return;
      }
      boolean resolve = options.getResolveLinks();
      if (options.hasSubscription()) {
        subscribe(stream, options.getStream(), resolve, (ServerCallStreamObserver<ReadResp>) out);
        return;
      }
      synchronized (lock) {
        List<Stored> events = streams.get(stream);
        if (events == null) {
          out.onNext(
              ReadResp.newBuilder()
                  .setStreamNotFound(
                      ReadResp.StreamNotFound.newBuilder()
                          .setStreamIdentifier(options.getStream().getStreamIdentifier()))
                  .build());
          out.onCompleted();
          return;
        }
        long count = options.getCount();
        ReadReq.Options.StreamOptions from = options.getStream();
        if (options.getReadDirection() == ReadReq.Options.ReadDirection.Forwards) {
          long start = from.hasStart() ? 0 : from.hasEnd() ? events.size() : from.getRevision();
          for (long r = start; r < events.size() && r - start < count; r++) {
            out.onNext(event(events.get((int) r), resolve));
          }
        } else {
          long start =
              from.hasEnd()
                  ? events.size() - 1
                  : from.hasStart() ? 0 : Math.min(from.getRevision(), events.size() - 1);
          for (long r = start; r >= 0 && start - r < count; r--) {
            out.onNext(event(events.get((int) r), resolve));
          }
        }
      }
      out.onCompleted();
    }

    private void subscribe(
        String stream,
        ReadReq.Options.StreamOptions from,
        boolean resolve,
        ServerCallStreamObserver<ReadResp> out) {
      Subscriber subscriber = new Subscriber(stream, out, resolve);
      out.setOnCancelHandler(() -> forget(subscriber));
      synchronized (lock) {
        List<Stored> events = streams.getOrDefault(stream, List.of());
        // A subscription's start is exclusive: from revision r means the events after r.
        long start = from.hasStart() ? 0 : from.hasEnd() ? events.size() : from.getRevision() + 1;
        out.onNext(
            ReadResp.newBuilder()
                .setConfirmation(
                    ReadResp.SubscriptionConfirmation.newBuilder()
                        .setSubscriptionId(UUID.randomUUID().toString()))
                .build());
        for (long r = start; r < events.size(); r++) {
          out.onNext(event(events.get((int) r), resolve));
        }
        out.onNext(
            ReadResp.newBuilder().setCaughtUp(ReadResp.CaughtUp.getDefaultInstance()).build());
        subscribers.computeIfAbsent(stream, s -> new ArrayList<>()).add(subscriber);
      }
    }

    @Override
    public StreamObserver<AppendReq> append(StreamObserver<AppendResp> out) {
      return new StreamObserver<>() {
        private AppendReq.Options options;
        private final List<AppendReq.ProposedMessage> proposed = new ArrayList<>();

        @Override
        public void onNext(AppendReq value) {
          if (value.hasOptions()) {
            options = value.getOptions();
          } else {
            proposed.add(value.getProposedMessage());
          }
        }

        @Override
        public void onError(Throwable t) {
          // the client went away: nothing is appended
        }

        @Override
        public void onCompleted() {
          String stream = options.getStreamIdentifier().getStreamName().toStringUtf8();
          if (refused(stream, out)) {
            return;
          }
          out.onNext(doAppend(stream, options, proposed));
          out.onCompleted();
        }
      };
    }

    private boolean refused(String stream, StreamObserver<?> out) {
      boolean deny;
      synchronized (lock) {
        deny = denied.contains(stream);
      }
      if (deny) {
        out.onError(Status.PERMISSION_DENIED.withDescription("Access denied").asException());
      }
      return deny;
    }
  }

  private AppendResp doAppend(
      String stream, AppendReq.Options options, List<AppendReq.ProposedMessage> proposed) {
    synchronized (lock) {
      List<Stored> events = streams.get(stream);
      long current = events == null ? -1 : events.size() - 1;
      // Idempotence: the same events already at the place this append expects (or anywhere, for
      // "any") are a success that writes nothing.
      if (events != null && !proposed.isEmpty()) {
        int at = indexOf(events, uuid(proposed.get(0).getId()));
        if (at >= 0 && sameEvents(events, at, proposed) && expectsPlace(options, at, current)) {
          return success(at + proposed.size() - 1);
        }
      }
      if (!expected(options, current)) {
        return wrongExpectedVersion(options, current);
      }
      if (proposed.isEmpty()) {
        return current < 0
            ? AppendResp.newBuilder()
                .setSuccess(
                    AppendResp.Success.newBuilder()
                        .setNoStream(Shared.Empty.getDefaultInstance())
                        .setNoPosition(Shared.Empty.getDefaultInstance()))
                .build()
            : success(current);
      }
      long created = Instant.now().toEpochMilli() * 10_000;
      for (AppendReq.ProposedMessage m : proposed) {
        Stored stored =
            add(
                stream,
                uuid(m.getId()),
                m.getMetadataMap().getOrDefault("type", ""),
                m.getMetadataMap().getOrDefault("content-type", "application/octet-stream"),
                m.getData().toByteArray(),
                m.getCustomMetadata().toByteArray(),
                created);
        link(stored, created);
      }
      return success(streams.get(stream).size() - 1);
    }
  }

  /** The category projection: an event of {@code cat-id} is linked from {@code $ce-cat}. */
  private void link(Stored stored, long created) {
    int dash = stored.stream().indexOf('-');
    if (stored.stream().startsWith("$") || dash <= 0) {
      return;
    }
    String category = "$ce-" + stored.stream().substring(0, dash);
    add(
        category,
        UUID.randomUUID(),
        "$>",
        "application/octet-stream",
        (stored.revision() + "@" + stored.stream()).getBytes(StandardCharsets.UTF_8),
        new byte[0],
        created);
  }

  private Stored add(
      String stream,
      UUID id,
      String type,
      String contentType,
      byte[] data,
      byte[] metadata,
      long created) {
    List<Stored> events = streams.computeIfAbsent(stream, s -> new ArrayList<>());
    Stored stored =
        new Stored(
            stream, events.size(), id, type, contentType, data, metadata, nextPosition++, created);
    events.add(stored);
    List<Subscriber> live = subscribers.getOrDefault(stream, List.of());
    for (Subscriber s : List.copyOf(live)) {
      try {
        s.out.onNext(event(stored, s.resolve));
      } catch (RuntimeException e) {
        live.remove(s); // cancelled under us
      }
    }
    return stored;
  }

  private static boolean expected(AppendReq.Options o, long current) {
    return switch (o.getExpectedStreamRevisionCase()) {
      case REVISION -> current == o.getRevision();
      case NO_STREAM -> current == -1;
      case STREAM_EXISTS -> current >= 0;
      case ANY, EXPECTEDSTREAMREVISION_NOT_SET -> true;
    };
  }

  /** Whether the events found at {@code at} sit where the append expected to put them. */
  private static boolean expectsPlace(AppendReq.Options o, int at, long current) {
    return switch (o.getExpectedStreamRevisionCase()) {
      case REVISION -> o.getRevision() == at - 1;
      case NO_STREAM -> at == 0;
      case STREAM_EXISTS, ANY, EXPECTEDSTREAMREVISION_NOT_SET -> true;
    };
  }

  private static boolean sameEvents(
      List<Stored> events, int at, List<AppendReq.ProposedMessage> proposed) {
    if (at + proposed.size() > events.size()) {
      return false;
    }
    for (int i = 0; i < proposed.size(); i++) {
      if (!events.get(at + i).id().equals(uuid(proposed.get(i).getId()))) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(List<Stored> events, UUID id) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private AppendResp success(long revision) {
    return AppendResp.newBuilder()
        .setSuccess(
            AppendResp.Success.newBuilder()
                .setCurrentRevision(revision)
                .setPosition(
                    AppendResp.Position.newBuilder()
                        .setCommitPosition(nextPosition - 1)
                        .setPreparePosition(nextPosition - 1)))
        .build();
  }

  private static AppendResp wrongExpectedVersion(AppendReq.Options o, long current) {
    AppendResp.WrongExpectedVersion.Builder w = AppendResp.WrongExpectedVersion.newBuilder();
    if (current < 0) {
      w.setCurrentNoStream(Shared.Empty.getDefaultInstance());
    } else {
      w.setCurrentRevision(current);
    }
    switch (o.getExpectedStreamRevisionCase()) {
      case REVISION -> w.setExpectedRevision(o.getRevision());
      case NO_STREAM -> w.setExpectedNoStream(Shared.Empty.getDefaultInstance());
      case STREAM_EXISTS -> w.setExpectedStreamExists(Shared.Empty.getDefaultInstance());
      case ANY, EXPECTEDSTREAMREVISION_NOT_SET ->
          w.setExpectedAny(Shared.Empty.getDefaultInstance());
    }
    return AppendResp.newBuilder().setWrongExpectedVersion(w).build();
  }

  private ReadResp event(Stored stored, boolean resolve) {
    ReadResp.ReadEvent.Builder read = ReadResp.ReadEvent.newBuilder();
    Stored target = resolve && stored.isLink() ? resolve(stored) : null;
    if (target != null) {
      read.setEvent(recorded(target)).setLink(recorded(stored));
    } else {
      read.setEvent(recorded(stored));
    }
    return ReadResp.newBuilder().setEvent(read.setCommitPosition(stored.position())).build();
  }

  private Stored resolve(Stored link) {
    String text = link.dataText();
    int at = text.indexOf('@');
    List<Stored> events = streams.get(text.substring(at + 1));
    long revision = Long.parseLong(text.substring(0, at));
    return events == null || revision >= events.size() ? null : events.get((int) revision);
  }

  private static ReadResp.ReadEvent.RecordedEvent recorded(Stored s) {
    return ReadResp.ReadEvent.RecordedEvent.newBuilder()
        .setId(
            Shared.UUID
                .newBuilder()
                .setStructured(
                    Shared.UUID
                        .Structured
                        .newBuilder()
                        .setMostSignificantBits(s.id().getMostSignificantBits())
                        .setLeastSignificantBits(s.id().getLeastSignificantBits())))
        .setStreamIdentifier(
            Shared.StreamIdentifier.newBuilder().setStreamName(ByteString.copyFromUtf8(s.stream())))
        .setStreamRevision(s.revision())
        .setPreparePosition(s.position())
        .setCommitPosition(s.position())
        .putMetadata("type", s.type())
        .putMetadata("content-type", s.contentType())
        .putMetadata("created", Long.toString(s.createdTicks()))
        .setCustomMetadata(ByteString.copyFrom(s.metadata()))
        .setData(ByteString.copyFrom(s.data()))
        .build();
  }

  private static UUID uuid(Shared.UUID id) {
    return id.hasStructured()
        ? new UUID(
            id.getStructured().getMostSignificantBits(),
            id.getStructured().getLeastSignificantBits())
        : UUID.fromString(id.getString());
  }

  private void forget(Subscriber subscriber) {
    synchronized (lock) {
      List<Subscriber> live = subscribers.get(subscriber.stream);
      if (live != null) {
        live.remove(subscriber);
      }
    }
  }

  private record Subscriber(String stream, StreamObserver<ReadResp> out, boolean resolve) {}

  // ---- what the client asks when it connects ----

  private static final class Features extends ServerFeaturesGrpc.ServerFeaturesImplBase {
    @Override
    public void getSupportedMethods(
        Shared.Empty request, StreamObserver<Serverfeatures.SupportedMethods> out) {
      Serverfeatures.SupportedMethods.Builder methods =
          Serverfeatures.SupportedMethods.newBuilder()
              .setEventStoreServerVersion("24.10.0-protocol-double");
      for (String method : List.of("read", "append")) {
        methods.addMethods(
            Serverfeatures.SupportedMethod.newBuilder()
                .setMethodName(method)
                .setServiceName("event_store.client.streams.streams"));
      }
      out.onNext(methods.build());
      out.onCompleted();
    }
  }

  private final class Gossip extends GossipGrpc.GossipImplBase {
    @Override
    public void read(Shared.Empty request, StreamObserver<GossipOuterClass.ClusterInfo> out) {
      out.onNext(
          GossipOuterClass.ClusterInfo.newBuilder()
              .addMembers(
                  GossipOuterClass.MemberInfo.newBuilder()
                      .setState(GossipOuterClass.MemberInfo.VNodeState.Leader)
                      .setIsAlive(true)
                      .setTimeStamp(System.currentTimeMillis())
                      .setHttpEndPoint(
                          GossipOuterClass.EndPoint.newBuilder()
                              .setAddress("127.0.0.1")
                              .setPort(port())))
              .build());
      out.onCompleted();
    }
  }
}
