package org.tongchou.hub.replay.domain;

import java.time.Instant;
import java.util.List;

/**
 * A scorecard an office published: its exact bytes ({@code content}, null in listings), their
 * SHA-256, and what reproduces them — the log position the read models stood at and the time (for
 * the policy versions then loaded).
 */
public record PublishedScorecard(
    String id,
    String region,
    String period,
    String publishedBy,
    Instant publishedAt,
    long position,
    List<String> policyVersions,
    String sha256,
    byte[] content) {}
