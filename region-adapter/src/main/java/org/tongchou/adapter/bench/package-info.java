/**
 * The {@code bench} command's parts: valid synthetic facts for many persons, and the raw-JDBC
 * baseline that the hub's throughput is compared with.
 */
package org.tongchou.adapter.bench;
