package org.tongchou.hub.replay.grpc;

import com.google.protobuf.ByteString;
import java.util.Arrays;
import org.tongchou.hub.assessment.grpc.AssessmentMapper;
import org.tongchou.hub.assessment.grpc.StatisticsMessages;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.person.grpc.RecordedFacts;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.app.Replayed;
import org.tongchou.hub.replay.app.ReplayedStatistics;
import org.tongchou.hub.replay.app.TimelineReplayer;
import org.tongchou.hub.replay.domain.ObligationDifference;
import org.tongchou.hub.replay.domain.ObligationOutcome;
import org.tongchou.hub.replay.domain.PublishedScorecard;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.ReplayResult;
import org.tongchou.proto.v1.ReplayedTimeline;
import org.tongchou.proto.v1.ReplayedTimelinesSummary;
import org.tongchou.proto.v1.StatisticsTable;

/** Replays, diffs and published scorecards on the wire. */
final class ReplayMapper {

  private ReplayMapper() {}

  static ReplayResult toProto(Replayed r, RegionDirectory regions, byte[] published) {
    ReplayResult.Builder result =
        ReplayResult.newBuilder()
            .setPosition(r.position())
            .setRecordedAt(ProtoTime.of(r.recordedAt()))
            .setPolicy(r.spec().policy())
            .addAllPolicyVersions(r.policyVersions())
            .setCsv(ByteString.copyFrom(r.csv()))
            .setSha256(r.sha256())
            .setEvents(r.events())
            .setEventsPerSecond(r.eventsPerSecond())
            .setObligations(r.scratch().rows().size())
            .setReproducesPublished(published != null && Arrays.equals(published, r.csv()));
    r.scorecards().forEach(s -> result.addScorecards(AssessmentMapper.toProto(s, regions)));
    return result.build();
  }

  static org.tongchou.proto.v1.ReplayedStatistics toProto(
      ReplayedStatistics r, String periodLabel, RegionDirectory regions) {
    org.tongchou.proto.v1.ReplayedStatistics.Builder b =
        org.tongchou.proto.v1.ReplayedStatistics.newBuilder()
            .setPosition(r.position())
            .setPolicy(r.policy())
            .setStatistics(
                StatisticsMessages.toProto(r.question(), periodLabel, r.figures(), regions))
            .setPersons(r.persons())
            .setEvents(r.events())
            .setEventsPerSecond(r.eventsPerSecond());
    if (r.recordedAt() != null) {
      b.setRecordedAt(ProtoTime.of(r.recordedAt()));
    }
    for (ExportCsvRequest.Table table : StatisticsMessages.TABLES) {
      byte[] csv = StatisticsMessages.csv(table, r.figures(), regions);
      b.addTables(
          StatisticsTable.newBuilder()
              .setTable(table)
              .setCsv(ByteString.copyFrom(csv))
              .setSha256(EventHashes.sha256(csv)));
    }
    return b.build();
  }

  static ReplayedTimeline toProto(TimelineReplayer.Timeline t) {
    ReplayedTimeline.Builder b =
        ReplayedTimeline.newBuilder()
            .setPersonKey(t.personKey())
            .setRegistrationRegion(t.registration() == null ? "" : t.registration())
            .setMigrantOn(t.migrantOn())
            .setEvents(t.events())
            .setLastPosition(t.lastPosition());
    t.state().timeline().claims().forEach(c -> b.addResidences(RecordedFacts.period(c)));
    return b.build();
  }

  static ReplayedTimelinesSummary toProto(TimelineReplayer.Summary s) {
    ReplayedTimelinesSummary.Builder b =
        ReplayedTimelinesSummary.newBuilder()
            .setPosition(s.position())
            .setPersons(s.persons())
            .setEvents(s.events())
            .setEventsPerSecond(s.eventsPerSecond());
    if (s.recordedAt() != null) {
      b.setRecordedAt(ProtoTime.of(s.recordedAt()));
    }
    return b.build();
  }

  static org.tongchou.proto.v1.ObligationDifference toProto(ObligationDifference d) {
    org.tongchou.proto.v1.ObligationDifference.Builder b =
        org.tongchou.proto.v1.ObligationDifference.newBuilder()
            .setSubject(d.subject())
            .setKind(d.kind())
            .setPersonKey(d.personKey())
            .addAllDiffersIn(d.differsIn());
    if (d.left() != null) {
      b.setLeft(toProto(d.left()));
    }
    if (d.right() != null) {
      b.setRight(toProto(d.right()));
    }
    return b.build();
  }

  private static org.tongchou.proto.v1.ObligationOutcome toProto(ObligationOutcome o) {
    org.tongchou.proto.v1.ObligationOutcome.Builder b =
        org.tongchou.proto.v1.ObligationOutcome.newBuilder()
            .setObligationId(o.row().obligationId())
            .setStatus(o.row().status().word())
            .setResponsible(o.row().responsible())
            .setOwed(o.row().owed())
            .setDueOn(o.row().dueOn().toString())
            .setPolicyVersion(o.row().policyVersion())
            .addAllEventPositions(o.eventPositions());
    o.credits().forEach((k, v) -> b.putCredits(k, v.toPlainString()));
    return b.build();
  }

  static org.tongchou.proto.v1.PublishedScorecard toProto(PublishedScorecard p) {
    org.tongchou.proto.v1.PublishedScorecard.Builder b =
        org.tongchou.proto.v1.PublishedScorecard.newBuilder()
            .setId(p.id())
            .setRegion(p.region())
            .setPeriod(p.period())
            .setPublishedBy(p.publishedBy())
            .setPublishedAt(ProtoTime.of(p.publishedAt()))
            .setPosition(p.position())
            .addAllPolicyVersions(p.policyVersions())
            .setSha256(p.sha256());
    if (p.content() != null) {
      b.setCsv(ByteString.copyFrom(p.content()));
    }
    return b.build();
  }
}
