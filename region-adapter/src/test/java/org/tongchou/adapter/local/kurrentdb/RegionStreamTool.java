package org.tongchou.adapter.local.kurrentdb;

import io.kurrent.dbclient.EventData;
import io.kurrent.dbclient.EventDataBuilder;
import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.KurrentDBConnectionString;
import io.kurrent.dbclient.ReadStreamOptions;
import io.kurrent.dbclient.RecordedEvent;
import io.kurrent.dbclient.StreamNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for a region's own event-sourced system in deploy/kurrentdb-and-postgres.sh, through
 * the official client, on a real KurrentDB server or on {@link KurrentDbProtocolDouble}:
 *
 * <ul>
 *   <li>{@code append CONNECTION STREAM FILE}: each line of a FACTS.md file as one event;
 *   <li>{@code read CONNECTION STREAM}: one line per event: revision, type, metadata, data.
 * </ul>
 */
public final class RegionStreamTool {

  private RegionStreamTool() {}

  public static void main(String[] args) throws Exception {
    boolean append = args.length == 4 && args[0].equals("append");
    boolean read = args.length == 3 && args[0].equals("read");
    if (!append && !read) {
      System.err.println("usage: RegionStreamTool append CONNECTION STREAM FILE");
      System.err.println("       RegionStreamTool read CONNECTION STREAM");
      System.exit(2);
    }
    KurrentDBClient client =
        KurrentDBClient.create(KurrentDBConnectionString.parseOrThrow(args[1]));
    try {
      if (append) {
        append(client, args[2], Path.of(args[3]));
      } else {
        read(client, args[2]);
      }
    } finally {
      client.shutdown();
    }
  }

  private static void append(KurrentDBClient client, String stream, Path file) throws Exception {
    List<String> lines =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            .toList();
    List<EventData> events = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      // An id made from the stream and the line: a retried append is absorbed, not repeated.
      java.util.UUID id =
          java.util.UUID.nameUUIDFromBytes(
              (stream + ":" + i + ":" + lines.get(i)).getBytes(StandardCharsets.UTF_8));
      events.add(
          EventDataBuilder.json(id, "TongchouFact", lines.get(i).getBytes(StandardCharsets.UTF_8))
              .build());
    }
    for (int attempt = 1; ; attempt++) {
      try {
        var written = client.appendToStream(stream, events.iterator()).get(30, TimeUnit.SECONDS);
        System.out.println(
            events.size()
                + " events appended to "
                + stream
                + ", now at revision "
                + written.getNextExpectedRevision().toRawLong());
        return;
      } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
        if (attempt == 5) {
          throw e;
        }
        System.err.println("append to " + stream + " failed (" + e + "), trying again");
        Thread.sleep(1000L * attempt);
      }
    }
  }

  private static void read(KurrentDBClient client, String stream) throws Exception {
    try {
      for (var resolved :
          client
              .readStream(stream, ReadStreamOptions.get().fromStart().maxCount(100_000))
              .get(30, TimeUnit.SECONDS)
              .getEvents()) {
        RecordedEvent e = resolved.getEvent();
        System.out.println(
            e.getRevision()
                + "  "
                + e.getEventType()
                + "  "
                + new String(e.getUserMetadata(), StandardCharsets.UTF_8)
                + "  "
                + new String(e.getEventData(), StandardCharsets.UTF_8));
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof StreamNotFoundException)) {
        throw e;
      }
    }
  }
}
