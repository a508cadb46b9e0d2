/**
 * The region's store on KurrentDB: outbox, outcomes and inbox as streams, through the official
 * {@code io.kurrent:kurrentdb-client}. docs/KURRENTDB.md describes the streams and what was tested
 * against what.
 */
package org.tongchou.adapter.local.kurrentdb;
