package org.tongchou.adapter.local;

/**
 * A pending row of the outbox.
 *
 * @param id the row id; the order in which the region's facts are pushed
 * @param factJson the FACTS.md fact as the region's system wrote it
 */
public record OutboxRow(long id, String factJson) {}
