package org.tongchou.hub.replay.grpc;

import com.google.protobuf.ByteString;
import org.tongchou.hub.assessment.grpc.AssessmentMapper;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.app.Replayed;
import org.tongchou.hub.replay.domain.ObligationDifference;
import org.tongchou.hub.replay.domain.ObligationOutcome;
import org.tongchou.hub.replay.domain.PublishedScorecard;
import org.tongchou.proto.v1.ReplayResult;

/** Replays, diffs and published scorecards on the wire. */
final class ReplayMapper {

    private ReplayMapper() {
    }

    static ReplayResult toProto(Replayed r, RegionDirectory regions, byte[] published) {
        ReplayResult.Builder result = ReplayResult.newBuilder().setPosition(r.position())
                .setRecordedAt(org.tongchou.hub.platform.grpc.ProtoTime.of(r.recordedAt())).setPolicy(r.spec().policy())
                .addAllPolicyVersions(r.policyVersions()).setCsv(ByteString.copyFrom(r.csv())).setSha256(r.sha256())
                .setEvents(r.events()).setEventsPerSecond(r.eventsPerSecond())
                .setObligations(r.scratch().rows().size())
                .setReproducesPublished(published != null && java.util.Arrays.equals(published, r.csv()));
        r.scorecards().forEach(s -> result.addScorecards(AssessmentMapper.toProto(s, regions)));
        return result.build();
    }

    static org.tongchou.proto.v1.ObligationDifference toProto(ObligationDifference d) {
        org.tongchou.proto.v1.ObligationDifference.Builder b = org.tongchou.proto.v1.ObligationDifference.newBuilder()
                .setSubject(d.subject()).setKind(d.kind()).setPersonKey(d.personKey()).addAllDiffersIn(d.differsIn());
        if (d.left() != null) {
            b.setLeft(toProto(d.left()));
        }
        if (d.right() != null) {
            b.setRight(toProto(d.right()));
        }
        return b.build();
    }

    private static org.tongchou.proto.v1.ObligationOutcome toProto(ObligationOutcome o) {
        org.tongchou.proto.v1.ObligationOutcome.Builder b = org.tongchou.proto.v1.ObligationOutcome.newBuilder()
                .setObligationId(o.row().obligationId()).setStatus(o.row().status().word())
                .setResponsible(o.row().responsible()).setOwed(o.row().owed()).setDueOn(o.row().dueOn().toString())
                .setPolicyVersion(o.row().policyVersion()).addAllEventPositions(o.eventPositions());
        o.credits().forEach((k, v) -> b.putCredits(k, v.toPlainString()));
        return b.build();
    }

    static org.tongchou.proto.v1.PublishedScorecard toProto(PublishedScorecard p) {
        org.tongchou.proto.v1.PublishedScorecard.Builder b = org.tongchou.proto.v1.PublishedScorecard.newBuilder()
                .setId(p.id()).setRegion(p.region()).setPeriod(p.period()).setPublishedBy(p.publishedBy())
                .setPublishedAt(org.tongchou.hub.platform.grpc.ProtoTime.of(p.publishedAt())).setPosition(p.position())
                .addAllPolicyVersions(p.policyVersions()).setSha256(p.sha256());
        if (p.content() != null) {
            b.setCsv(ByteString.copyFrom(p.content()));
        }
        return b.build();
    }
}
