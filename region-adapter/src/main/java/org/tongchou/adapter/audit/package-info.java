/**
 * The auditor's own check of a hub export (docs/AUDIT.md): hash chains, Merkle roots, checkpoint
 * signatures and key endorsements, recomputed from the exported bytes with the JDK alone. It
 * deliberately shares no code with the hub: a verifier that reused the hub's classes would repeat
 * the hub's mistakes instead of catching them.
 */
package org.tongchou.adapter.audit;
