/**
 * {@code region-adapter run}: the push loop (outbox to hub) and the feed loop (hub to inbox), which
 * never give up, and the {@link org.tongchou.adapter.daemon.AdapterDaemon} that starts and stops
 * them, gracefully or, as a crash would, abruptly.
 */
package org.tongchou.adapter.daemon;
