package org.tongchou.adapter.hub;

import java.time.Instant;

/**
 * The hub's proof that it recorded a fact (the wire {@code Receipt}), reduced to what a region
 * keeps beside its own row.
 *
 * @param eventId the hub's event id (a UUID)
 * @param position the event's position in the hub's global log
 * @param recordedAt when the hub committed the event
 * @param hash SHA-256 of the event's canonical encoding, lowercase hex
 */
public record HubReceipt(String eventId, long position, Instant recordedAt, String hash) {}
