/**
 * The auditor's own check of a hub export (docs/AUDIT.md): hash chains, Merkle roots, checkpoint
 * signatures and key endorsements, recomputed from the exported bytes with the JDK alone (even its
 * JSON reader is its own, so that the jar has no dependency at all). The region adapter's {@code
 * audit verify} runs this same code; {@code java -jar} runs it alone ({@link VerifyExport}). It
 * deliberately shares no code with the hub: a verifier that reused the hub's classes would repeat
 * the hub's mistakes instead of catching them.
 */
package org.tongchou.verifier;
