/**
 * The coordination office's workbench (issue #14): server-rendered pages under {@code /workbench/}
 * on the hub's HTTP port. It holds no rule of its own: every read and act goes to the gRPC services
 * over an in-process channel with the signed-in office's own credential, so access checks, refusals
 * and the access log are exactly those of an RPC (docs/WORKBENCH.md).
 */
package org.tongchou.hub.workbench;
