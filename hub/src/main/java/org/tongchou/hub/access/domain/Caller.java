package org.tongchou.hub.access.domain;

/**
 * Who is calling: a region's system with a jurisdiction (one division code and everything under
 * it). {@code credentialLabel} names the credential, for logs and the access log.
 */
public record Caller(String jurisdiction, String credentialLabel) {
}
