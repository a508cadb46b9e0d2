package org.tongchou.hub.history.grpc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.tongchou.hub.feed.grpc.FeedItems;
import org.tongchou.hub.history.app.AuditHistories;
import org.tongchou.hub.history.domain.BusinessTime;
import org.tongchou.hub.person.domain.ReceiptSignature;
import org.tongchou.hub.person.grpc.ReceiptMapper;
import org.tongchou.hub.person.grpc.RecordedFacts;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.HistoryEntry;
import org.tongchou.proto.v1.PersonHistoryAnswer;

/**
 * A history on both axes onto the wire: each event as receipts and feeds show it, plus its business
 * time.
 */
final class HistoryMapper {

  private HistoryMapper() {}

  /**
   * @param signatures the signatures Submit gave the person's receipts, by event id
   */
  static PersonHistoryAnswer toProto(
      String personKey,
      Instant knownAt,
      AuditHistories.Known known,
      RegionDirectory regions,
      Map<String, ReceiptSignature> signatures) {
    PersonHistoryAnswer.Builder answer =
        PersonHistoryAnswer.newBuilder()
            .setPersonKey(personKey)
            .setKnownAt(ProtoTime.of(knownAt))
            .setRecordedEvents(known.recorded());
    known.events().forEach(dated -> answer.addEntries(entry(dated, regions, signatures)));
    known
        .state()
        .timeline()
        .claims()
        .forEach(claim -> answer.addResidences(RecordedFacts.period(claim)));
    return answer.build();
  }

  private static HistoryEntry entry(
      AuditHistories.Dated dated,
      RegionDirectory regions,
      Map<String, ReceiptSignature> signatures) {
    BusinessTime time = dated.time();
    var located = dated.located();
    return HistoryEntry.newBuilder()
        .setKind(HistoryEntry.Kind.valueOf(time.kind().name()))
        .setOccurredOn(time.occurredOn().toString())
        .setEarlierOccurredOn(date(time.earlierOn()))
        .setRecordedOn(time.recordedOn().toString())
        .setLateByDays(time.lateByDays())
        .addAllRefersTo(time.refersTo())
        .setReceipt(
            ReceiptMapper.atLogPosition(
                ReceiptMapper.of(
                    located.event(),
                    located.eventId(),
                    located.position(),
                    signatures.get(located.eventId())),
                located.logPosition()))
        .setEvent(
            ReceiptMapper.atLogPosition(
                FeedItems.event(located.event(), located.eventId(), located.position(), regions),
                located.logPosition()))
        .build();
  }

  private static String date(LocalDate day) {
    return day == null ? "" : day.toString();
  }
}
