package org.tongchou.adapter.hub;

import java.time.Instant;

/**
 * Up to where a replay reads the hub's log, as the command line gives it; the hub judges each value
 * (a position beyond the log, an unknown published scorecard) and names the field it refuses.
 *
 * @param position the last global log position read; 0 for the head
 * @param recordedAt only events the hub recorded at or before this time; null for no limit
 * @param publishedId as of a published scorecard ({@code REGION/PERIOD/N}); null for none
 */
public record ReplayAsOf(long position, Instant recordedAt, String publishedId) {}
