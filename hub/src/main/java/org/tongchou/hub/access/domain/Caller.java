package org.tongchou.hub.access.domain;

import java.util.Locale;
import org.tongchou.hub.entitlement.domain.Reader;

/**
 * Who is calling: a region's system or a coordination office with a jurisdiction (one division code
 * and everything under it), the national coordination office (an office whose jurisdiction is null:
 * the whole country), or an auditor (jurisdiction null: everything, read-only). {@code
 * credentialLabel} names the credential, for logs and the access log.
 */
public record Caller(Role role, String jurisdiction, String credentialLabel) {

  /** How the national office names itself in events and messages. */
  public static final String NATIONAL = "national";

  /**
   * The jurisdiction of the office an operator names: a division code, or {@code national} for the
   * national office, which has none. Both ways of issuing a credential (token and certificate) read
   * it here.
   */
  public static String jurisdictionOfOffice(String code) {
    return NATIONAL.equals(code) ? null : code;
  }

  public static Caller region(String jurisdiction, String label) {
    return new Caller(Role.REGION, jurisdiction, label);
  }

  /** The national coordination office: an office over the whole country. */
  public boolean isNationalOffice() {
    return role == Role.OFFICE && jurisdiction == null;
  }

  /**
   * The caller as the need-to-know rule reads it, at {@code at}: auditors and the national office
   * read everything.
   */
  public Reader asReader(java.time.Instant at) {
    return seesEverything() ? Reader.everything(at) : Reader.of(jurisdiction, at);
  }

  /** Reads across every division: an auditor, or the national office. */
  public boolean seesEverything() {
    return role.readsEverything() || isNationalOffice();
  }

  /** The office's name in what it records: its division code, or {@code national}. */
  public String officeCode() {
    return isNationalOffice() ? NATIONAL : jurisdiction;
  }

  /**
   * Who the caller is, for messages: "region 320200", "office 320000", "office national",
   * "auditor".
   */
  public String describe() {
    return role == Role.AUDITOR
        ? "auditor"
        : role.name().toLowerCase(Locale.ROOT)
            + " "
            + (jurisdiction == null ? NATIONAL : jurisdiction);
  }
}
