/**
 * The {@code region-adapter} command line: {@code push}, {@code timeline}, {@code tail}; the daemon
 * {@code run} with {@code status} and {@code init-db}; the two-way assessment's {@code scorecards},
 * {@code obligations}, {@code explain}, {@code statistics} and {@code export} (sharing {@link
 * org.tongchou.adapter.cli.AssessmentCommand}); the benchmarks {@code bench} and {@code
 * bench-feed}; {@code office}, a coordination office's acts (and a region's dispute), one
 * subcommand each on {@link org.tongchou.adapter.cli.OfficeActCommand}; {@code audit}, an auditor's
 * commands; and {@code simulate}, which writes a workload and its ground truth without a hub.
 *
 * <p>Exit codes are the same for every command: 0 done, 1 the hub (or the local check) refused
 * something, 2 something could not be done at all (bad usage, hub unreachable, credential refused).
 */
package org.tongchou.adapter.cli;
