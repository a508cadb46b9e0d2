package org.tongchou.hub.access.tls;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;

/**
 * How a certificate names its holder: OU is the role ({@code region}, {@code office}, {@code
 * auditor}), CN the division code ({@code auditor} for an auditor, {@code national} for the
 * national office), O {@code Tongchou}. The one place that writes and reads that convention.
 */
public final class PeerNames {

  private PeerNames() {}

  /** Built attribute by attribute, so that no code can smuggle in a second CN or OU. */
  static X500Name subject(Role role, String code) {
    boolean national = role == Role.OFFICE && code == null;
    if (role != Role.AUDITOR && !national && (code == null || !code.matches("\\d{6}"))) {
      throw new IllegalArgumentException(
          "a " + role + " certificate needs a six-digit division code, got " + code);
    }
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.CN, role == Role.AUDITOR ? "auditor" : national ? Caller.NATIONAL : code)
        .addRDN(BCStyle.OU, role.name().toLowerCase(Locale.ROOT))
        .addRDN(BCStyle.O, CertificateAuthority.ORGANISATION)
        .build();
  }

  /**
   * The caller a (CA-verified) certificate subject names, only if it follows the convention to the
   * letter: exactly one CN, one OU in lower case, O=Tongchou, nothing multi-valued.
   */
  public static Optional<Caller> caller(String subjectDn) {
    try {
      Map<String, String> parts = new HashMap<>();
      for (Rdn rdn : new LdapName(subjectDn).getRdns()) {
        String type = rdn.getType().toUpperCase(Locale.ROOT);
        if (rdn.size() != 1 || parts.put(type, rdn.getValue().toString()) != null) {
          return Optional.empty();
        }
      }
      String cn = parts.get("CN");
      String ou = parts.get("OU");
      if (parts.size() != 3
          || cn == null
          || ou == null
          || !CertificateAuthority.ORGANISATION.equals(parts.get("O"))) {
        return Optional.empty();
      }
      Optional<Role> role =
          Arrays.stream(Role.values())
              .filter(r -> r.name().toLowerCase(Locale.ROOT).equals(ou))
              .findFirst();
      boolean national =
          role.isPresent() && role.get() == Role.OFFICE && cn.equals(Caller.NATIONAL);
      if (role.isEmpty()
          || (role.get() == Role.AUDITOR
              ? !cn.equals("auditor")
              : !national && !cn.matches("\\d{6}"))) {
        return Optional.empty();
      }
      return Optional.of(
          new Caller(
              role.get(),
              role.get() == Role.AUDITOR || national ? null : cn,
              "certificate " + subjectDn));
    } catch (InvalidNameException e) {
      return Optional.empty();
    }
  }
}
