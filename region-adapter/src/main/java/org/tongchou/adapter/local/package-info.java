/**
 * The region's own PostgreSQL: the adapter's tables ({@code schema.sql}), the outbox the region's
 * system inserts facts into, the inbox the adapter fills from the feed, and the feed checkpoint.
 *
 * <p>Plain JDBC, each method one short transaction. What makes a crash harmless lives here: an
 * outbox row keeps its first answer only, and an inbox row is committed together with the
 * checkpoint that passes it.
 */
package org.tongchou.adapter.local;
