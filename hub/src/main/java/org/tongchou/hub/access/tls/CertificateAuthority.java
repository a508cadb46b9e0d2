package org.tongchou.hub.access.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.tongchou.hub.access.domain.Lifetimes;
import org.tongchou.hub.access.domain.Role;

/**
 * The hub's own certificate authority, kept in one folder: {@code ca.key} and {@code ca.crt}, and
 * the hub's server certificate {@code hub.key}/{@code hub.crt}. It certifies who a peer is — the
 * role in OU and the division code in CN — and the hub trusts nothing else. A region, office or
 * auditor keeps its own key: the CA signs their certificate request ({@link #sign}); generating a
 * key pair on their behalf ({@link #issueWithNewKey}) is for local trials.
 */
public final class CertificateAuthority {

  static final String ORGANISATION = "Tongchou";
  private static final Duration CA_LIFETIME = Duration.ofDays(3650);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;

  public CertificateAuthority(Path dir) {
    this.dir = dir;
  }

  public Path caCertificate() {
    return dir.resolve("ca.crt");
  }

  public Path hubCertificate() {
    return dir.resolve("hub.crt");
  }

  public Path hubKey() {
    return dir.resolve("hub.key");
  }

  /**
   * Creates the CA and the hub's server certificate for the given host names; refuses to overwrite.
   */
  public void init(List<String> hostNames) throws GeneralSecurityException {
    if (Files.exists(caCertificate()) || Files.exists(dir.resolve("ca.key"))) {
      throw new IllegalStateException(
          dir + " already holds a CA; a second one would orphan every certificate");
    }
    KeyPair ca = newKeyPair();
    X500Name name = new X500Name("CN=Tongchou hub CA, O=" + ORGANISATION);
    X509Certificate caCert =
        build(
            new JcaX509v3CertificateBuilder(
                name, serial(), now(), until(CA_LIFETIME), name, ca.getPublic()),
            ca.getPrivate(),
            true,
            null);
    Pem.writeKey(dir.resolve("ca.key"), ca.getPrivate());
    Pem.writeCertificate(caCertificate(), caCert);
    KeyPair hub = newKeyPair();
    X509Certificate hubCert =
        signed(
            new X500Name("CN=hub, OU=hub, O=" + ORGANISATION),
            hub.getPublic(),
            hostNames,
            Lifetimes.CERTIFICATE);
    Pem.writeKey(hubKey(), hub.getPrivate());
    Pem.writeCertificate(hubCertificate(), hubCert);
  }

  /** Signs a peer's certificate request (PEM) for a role and code; the peer keeps its key. */
  public X509Certificate sign(Path csr, Role role, String code) throws GeneralSecurityException {
    return sign(csr, role, code, Lifetimes.CERTIFICATE);
  }

  /** The same, valid for {@code lifetime} from now. */
  public X509Certificate sign(Path csr, Role role, String code, Duration lifetime)
      throws GeneralSecurityException {
    try {
      return signRequest(Pem.read(csr, "CERTIFICATE REQUEST"), role, code, lifetime);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(csr + " is not a certificate request", e);
    }
  }

  /** Signs a request given as PEM text (the national office's RPC). */
  public X509Certificate signPem(String pem, Role role, String code, Duration lifetime)
      throws GeneralSecurityException {
    return signRequest(Pem.decode(pem, "CERTIFICATE REQUEST", "the request"), role, code, lifetime);
  }

  private X509Certificate signRequest(byte[] der, Role role, String code, Duration lifetime)
      throws GeneralSecurityException {
    try {
      PKCS10CertificationRequest request = new PKCS10CertificationRequest(der);
      PublicKey key = new JcaPKCS10CertificationRequest(request).getPublicKey();
      return signed(PeerNames.subject(role, code), key, List.of(), lifetime);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a certificate request", e);
    }
  }

  /** For local trials: a key pair made here, written next to its certificate as PREFIX.key/.crt. */
  public X509Certificate issueWithNewKey(Role role, String code, Path prefix)
      throws GeneralSecurityException {
    return issueWithNewKey(role, code, prefix, Lifetimes.CERTIFICATE);
  }

  /** The same, valid for {@code lifetime} from now; returns the certificate written. */
  public X509Certificate issueWithNewKey(Role role, String code, Path prefix, Duration lifetime)
      throws GeneralSecurityException {
    KeyPair peer = newKeyPair();
    X509Certificate certificate =
        signed(PeerNames.subject(role, code), peer.getPublic(), List.of(), lifetime);
    Pem.writeKey(Path.of(prefix + ".key"), peer.getPrivate());
    Pem.writeCertificate(Path.of(prefix + ".crt"), certificate);
    return certificate;
  }

  /** A certificate file (PEM), e.g. to read the serial of one to revoke. */
  public static X509Certificate read(Path file) throws GeneralSecurityException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Pem.read(file, "CERTIFICATE")));
  }

  public static void write(X509Certificate certificate, Path file) {
    Pem.writeCertificate(file, certificate);
  }

  private X509Certificate signed(
      X500Name subject, PublicKey key, List<String> hostNames, Duration lifetime)
      throws GeneralSecurityException {
    X509Certificate caCert =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(Pem.read(caCertificate(), "CERTIFICATE")));
    PrivateKey caKey =
        KeyFactory.getInstance("EC")
            .generatePrivate(
                new PKCS8EncodedKeySpec(Pem.read(dir.resolve("ca.key"), "PRIVATE KEY")));
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(caCert, serial(), now(), until(lifetime), subject, key);
    return build(builder, caKey, false, hostNames);
  }

  private static X509Certificate build(
      X509v3CertificateBuilder builder, PrivateKey signer, boolean ca, List<String> hostNames)
      throws GeneralSecurityException {
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
      if (!ca) {
        // The hub's certificate serves; a peer's only identifies a client.
        boolean server = hostNames != null && !hostNames.isEmpty();
        builder.addExtension(
            Extension.extendedKeyUsage,
            false,
            new ExtendedKeyUsage(
                server ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
      }
      if (hostNames != null && !hostNames.isEmpty()) {
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(
                hostNames.stream()
                    .map(CertificateAuthority::generalName)
                    .toArray(GeneralName[]::new)));
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
    } catch (OperatorCreationException | IOException e) {
      throw new GeneralSecurityException("cannot sign the certificate", e);
    }
  }

  private static GeneralName generalName(String host) {
    boolean address = host.matches("[0-9.]+") || host.contains(":");
    return new GeneralName(address ? GeneralName.iPAddress : GeneralName.dNSName, host);
  }

  static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return new BigInteger(64, RANDOM);
  }

  private static Date now() {
    return Date.from(Instant.now().minus(Duration.ofMinutes(5)));
  }

  private static Date until(Duration lifetime) {
    return Date.from(Instant.now().plus(lifetime));
  }
}
