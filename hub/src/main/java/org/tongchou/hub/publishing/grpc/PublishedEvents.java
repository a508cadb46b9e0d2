package org.tongchou.hub.publishing.grpc;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongchou.hub.evidence.app.StoredCheckpoint;
import org.tongchou.hub.evidence.grpc.EvidenceMapper;
import org.tongchou.hub.feed.grpc.FeedItems;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.hub.publishing.domain.ReportingRegion;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.PublishedEvent;

/**
 * A stored event as a Kafka record's parts (published_events.proto). The event body is the one
 * regions get in their feeds (FeedItems): one mapping of each event onto the wire, which already
 * leaves out ID numbers and names. Nothing here decrypts: free text goes out as the event holds it.
 */
public final class PublishedEvents {

  /** Header names; their values are UTF-8 text. */
  public static final String EVENT_ID = "tongchou-event-id";

  public static final String EVENT_TYPE = "tongchou-event-type";
  public static final String REPORTING_REGION = "tongchou-reporting-region";
  public static final String RECORDED_AT = "tongchou-recorded-at";
  public static final String POSITION = "tongchou-position";
  public static final String HASH = "tongchou-hash";

  /** A record to send: keyed by the person, the encoded PublishedEvent, its headers in order. */
  public record Record(String key, byte[] value, Map<String, byte[]> headers) {}

  private PublishedEvents() {}

  public static Record of(
      PersonEvent event, String eventId, long position, RegionDirectory regions) {
    PublishedEvent published = toProto(event, eventId, position, regions);
    Map<String, byte[]> headers = new LinkedHashMap<>();
    headers.put(EVENT_ID, utf8(eventId));
    headers.put(EVENT_TYPE, utf8(published.getType()));
    headers.put(REPORTING_REGION, utf8(published.getReportingRegion()));
    headers.put(RECORDED_AT, utf8(event.recordedAt().toString()));
    headers.put(POSITION, utf8(Long.toString(position)));
    headers.put(HASH, utf8(event.hash()));
    return new Record(event.personKey(), published.toByteArray(), headers);
  }

  static PublishedEvent toProto(
      PersonEvent event, String eventId, long position, RegionDirectory regions) {
    PublishedEvent.Builder published =
        PublishedEvent.newBuilder()
            .setEventId(eventId)
            .setPosition(position)
            .setPersonKey(event.personKey())
            .setPersonSequence(event.personSequence())
            .setRecordedAt(ProtoTime.of(event.recordedAt()))
            .setType(event.getClass().getSimpleName())
            .setReportingRegion(ReportingRegion.of(event))
            .setHash(nullToEmpty(event.hash()))
            .setPreviousHash(nullToEmpty(event.previousHash()));
    FeedItem item = FeedItems.event(event, eventId, position, regions).build();
    switch (item.getItemCase()) {
      case FACT -> published.setFact(item.getFact());
      case CONFLICT -> published.setConflict(item.getConflict());
      case OBLIGATION -> published.setObligation(item.getObligation());
      case IDENTITY -> published.setIdentity(item.getIdentity());
      case ERASURE -> published.setErasure(item.getErasure());
      case ACCESS -> published.setAccess(item.getAccess());
      default -> throw new IllegalStateException("no published form for " + item.getItemCase());
    }
    return published.build();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A signed checkpoint as the checkpoints topic carries it: the same message the feeds deliver.
   */
  public static byte[] checkpoint(StoredCheckpoint checkpoint) {
    return EvidenceMapper.toProto(checkpoint).toByteArray();
  }
}
