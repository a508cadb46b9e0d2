package org.tongchou.hub.access.tls;

import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.bouncycastle.asn1.x500.X500Name;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;

/**
 * How a certificate names its holder: OU is the role ({@code region}, {@code office},
 * {@code auditor}), CN the division code (or {@code auditor}), O {@code Tongchou}. The one place
 * that writes and reads that convention.
 */
public final class PeerNames {

    private PeerNames() {
    }

    static X500Name subject(Role role, String code) {
        String cn = role == Role.AUDITOR ? "auditor" : code;
        return new X500Name("CN=" + cn + ", OU=" + role.name().toLowerCase(java.util.Locale.ROOT)
                + ", O=" + CertificateAuthority.ORGANISATION);
    }

    /** The caller a (CA-verified) certificate subject names, if it follows the convention. */
    public static Optional<Caller> caller(String subjectDn) {
        try {
            String cn = null;
            String ou = null;
            for (Rdn rdn : new LdapName(subjectDn).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    cn = rdn.getValue().toString();
                } else if (rdn.getType().equalsIgnoreCase("OU")) {
                    ou = rdn.getValue().toString();
                }
            }
            if (cn == null || ou == null || ou.equals("hub")) {
                return Optional.empty();
            }
            Role role = Role.parse(ou);
            return Optional.of(new Caller(role, role == Role.AUDITOR ? null : cn, "certificate " + subjectDn));
        } catch (InvalidNameException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
