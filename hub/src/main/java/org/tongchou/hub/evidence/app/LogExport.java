package org.tongchou.hub.evidence.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.tongchou.hub.evidence.domain.Checkpoint;
import org.tongchou.hub.evidence.domain.MerkleTree;
import org.tongchou.hub.feed.app.FeedLog;

/**
 * The JSON Lines export (docs/AUDIT.md): a header, every signing key, the checkpoints, and the
 * events of the scope exactly as stored (base64 of their bytes, so that one altered byte shows).
 * A full export lets the verifier rebuild every checkpoint's tree; a partial one carries each
 * event's audit path instead, and only the checkpoints its events need.
 */
@Service
public class LogExport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 1_000;

    private final LogRows rows;
    private final CheckpointStore checkpoints;
    private final SigningKeys keys;
    private final FeedLog feed;
    private final Clock clock;

    LogExport(LogRows rows, CheckpointStore checkpoints, SigningKeys keys, FeedLog feed, Clock clock) {
        this.rows = rows;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.feed = feed;
        this.clock = clock;
    }

    /** Writes the export line by line; returns the number of event lines. */
    public long export(ExportScope scope, Consumer<String> out) {
        long head = feed.head();
        List<StoredCheckpoint> signed = new ArrayList<>(checkpoints.upTo(head));
        out.accept(line(header(scope, head)));
        keys.all().forEach(key -> out.accept(line(keyLine(key))));
        if (scope.everything()) {
            signed.forEach(c -> out.accept(line(checkpointLine(c))));
        }
        Proofs proofs = scope.everything() ? null : new Proofs(signed);
        long events = 0;
        for (long after = 0; ; ) {
            List<LogRows.Row> page = rows.page(scope, after, head, PAGE);
            for (LogRows.Row row : page) {
                if (scope.covers(row.recordedAt())) {
                    out.accept(line(eventLine(row, proofs)));
                    events++;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).position();
        }
        if (proofs != null) {
            proofs.used().forEach(c -> out.accept(line(checkpointLine(c))));
            // The latest checkpoint too, used or not: an event at or before it must carry an audit path.
            if (!signed.isEmpty() && !proofs.used().contains(signed.get(signed.size() - 1))) {
                out.accept(line(checkpointLine(signed.get(signed.size() - 1))));
            }
        }
        return events;
    }

    private Map<String, Object> header(ExportScope scope, long head) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("kind", "header");
        header.put("format", "tongchou-export/1");
        header.put("encoding", Checkpoint.ENCODING);
        header.put("merkle", Checkpoint.MERKLE);
        header.put("full", scope.everything());
        header.put("personKey", scope.personKey());
        header.put("region", scope.region());
        header.put("recordedFrom", scope.recordedFrom() == null ? null : scope.recordedFrom().toString());
        header.put("recordedTo", scope.recordedTo() == null ? null : scope.recordedTo().toString());
        header.put("headPosition", head);
        header.put("exportedAt", clock.instant().toString());
        header.values().removeIf(v -> v == null);
        return header;
    }

    private static Map<String, Object> keyLine(RecordedKey recorded) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "key");
        line.put("keyId", recorded.key().keyId());
        line.put("publicKey", recorded.key().publicKey());
        line.put("previousKeyId", recorded.key().previousKeyId());
        line.put("body", Base64.getEncoder().encodeToString(recorded.key().body()));
        line.put("endorsement", recorded.endorsement() == null ? null
                : Base64.getEncoder().encodeToString(recorded.endorsement()));
        line.values().removeIf(v -> v == null);
        return line;
    }

    static Map<String, Object> checkpointLine(StoredCheckpoint checkpoint) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "checkpoint");
        line.put("sequence", checkpoint.sequence());
        line.put("hash", checkpoint.hash());
        line.put("keyId", checkpoint.keyId());
        line.put("signature", Base64.getEncoder().encodeToString(checkpoint.signature()));
        line.put("body", Base64.getEncoder().encodeToString(checkpoint.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return line;
    }

    private static Map<String, Object> eventLine(LogRows.Row row, Proofs proofs) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "event");
        line.put("position", row.position());
        line.put("personKey", row.personKey());
        if (row.missing()) {
            line.put("missing", true);
            return line;
        }
        line.put("eventId", row.eventId());
        line.put("type", row.payloadType());
        line.put("sequence", row.sequenceNumber());
        line.put("recordedAt", row.recordedAt().toString());
        if (proofs != null) {
            proofs.of(row.position()).ifPresent(proof -> {
                line.put("checkpoint", proof.checkpoint());
                line.put("leafIndex", proof.leafIndex());
                line.put("path", proof.path());
            });
        }
        line.put("payload", Base64.getEncoder().encodeToString(row.payload()));
        return line;
    }

    private static String line(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export lines are maps of plain values", e);
        }
    }

    /** Audit paths for a partial export, one checkpoint's tree at a time (events come in log order). */
    private final class Proofs {

        record Proof(long checkpoint, int leafIndex, List<String> path) {
        }

        private final List<StoredCheckpoint> signed;
        private final List<StoredCheckpoint> used = new ArrayList<>();
        private StoredCheckpoint current;
        private LogRows.Leaves leaves;
        private MerkleTree tree;

        Proofs(List<StoredCheckpoint> signed) {
            this.signed = signed;
        }

        java.util.Optional<Proof> of(long position) {
            StoredCheckpoint covering = signed.stream().filter(c -> c.toPosition() >= position).findFirst().orElse(null);
            if (covering == null) {
                return java.util.Optional.empty();
            }
            if (covering != current) {
                current = covering;
                long from = fromOf(covering);
                leaves = rows.leaves(from, covering.toPosition());
                tree = leaves.leaves().isEmpty() ? null : MerkleTree.of(leaves.leaves());
                used.add(covering);
            }
            int index = leaves.indexOf(position);
            return index < 0 || tree == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new Proof(covering.sequence(), index, tree.path(index)));
        }

        private long fromOf(StoredCheckpoint checkpoint) {
            int at = signed.indexOf(checkpoint);
            return at == 0 ? 0 : signed.get(at - 1).toPosition();
        }

        List<StoredCheckpoint> used() {
            return used;
        }
    }
}
