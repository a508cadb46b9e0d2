package org.tongchou.hub.access.domain;

/**
 * Who is calling: a region's system or a coordination office with a jurisdiction (one division
 * code and everything under it), or an auditor (jurisdiction null: everything).
 * {@code credentialLabel} names the credential, for logs and the access log.
 */
public record Caller(Role role, String jurisdiction, String credentialLabel) {

    public static Caller region(String jurisdiction, String label) {
        return new Caller(Role.REGION, jurisdiction, label);
    }

    /** Who the caller is, for messages: "region 320200", "office 320000", "auditor". */
    public String describe() {
        return role == Role.AUDITOR ? "auditor" : role.name().toLowerCase(java.util.Locale.ROOT) + " " + jurisdiction;
    }
}
