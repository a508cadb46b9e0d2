/**
 * The benchmarks' parts: valid synthetic facts for many persons, the raw-JDBC baseline that the
 * hub's throughput is compared with ({@code bench}), and the feed's commit-to-delivery latency
 * ({@code bench-feed}).
 */
package org.tongchou.workload.bench;
