package org.tongchou.hub.access.tls;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Lifetimes;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * {@code hub ca init|issue}: the operator's certificate authority, without starting the hub or
 * opening its database ({@code ca revoke}, which records in the database, is the access CLI's).
 */
public final class CaCommand {

  public static final String USAGE =
      """
      usage: hub ca init   --dir DIR [--host NAME]...
             hub ca issue  --dir DIR (--region CODE | --office CODE|national | --auditor)
                           (--csr REQUEST.pem --out CERT.crt | --generate PREFIX) [--valid-for 397d]
             hub ca revoke (--cert CERT.crt | --serial HEX) [--reason TEXT]
        --valid-for: 397d, 12h or P397D; default TONGCHOU_CERT_LIFETIME or 397d, at most 3650d.
        ca revoke records the serial in the hub's database (same settings as the hub's): the hub
        refuses the certificate on the next call and ends its open calls within seconds.""";

  private CaCommand() {}

  /** Runs {@code ca init|issue} with standard output and error; the exit code. */
  public static int run(List<String> args) {
    return run(args, System.getenv("TONGCHOU_CERT_LIFETIME"), System.out, System.err);
  }

  /** The exit code: 0 done, 2 bad usage or failure. */
  public static int run(List<String> args, String lifetime, PrintStream out, PrintStream err) {
    try {
      String verb = args.size() > 1 ? args.get(1) : "";
      if (args.contains("--help") || args.contains("-h") || verb.equals("help")) {
        out.println(USAGE);
        return 0;
      }
      if (verb.equals("init")) {
        Path folder = Path.of(option(args, "--dir"));
        Files.createDirectories(folder);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        List<String> hosts = new ArrayList<>(List.of("localhost", "127.0.0.1"));
        hosts.addAll(options(args, "--host"));
        new CertificateAuthority(folder).init(hosts);
        out.println("CA and hub certificate written to " + folder + " for " + hosts);
        return 0;
      }
      if (verb.equals("issue")) {
        return issue(args, lifetime, out);
      }
      err.println(USAGE);
      return 2;
    } catch (Exception e) {
      err.println("hub ca: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
  }

  private static int issue(List<String> args, String lifetime, PrintStream out) throws Exception {
    CertificateAuthority ca = new CertificateAuthority(Path.of(option(args, "--dir")));
    long roles = Stream.of("--auditor", "--office", "--region").filter(args::contains).count();
    if (roles != 1) {
      throw new IllegalArgumentException("give exactly one of --region, --office, --auditor");
    }
    Role role =
        args.contains("--auditor")
            ? Role.AUDITOR
            : args.contains("--office") ? Role.OFFICE : Role.REGION;
    String named =
        role == Role.AUDITOR ? null : option(args, role == Role.OFFICE ? "--office" : "--region");
    String code = role == Role.OFFICE ? Caller.jurisdictionOfOffice(named) : named;
    if (code != null && !RegionDirectory.shipped().isKnown(code)) {
      throw new IllegalArgumentException("unknown division code " + code);
    }
    Duration validFor =
        args.contains("--valid-for")
            ? Lifetimes.parse(option(args, "--valid-for"))
            : lifetime == null ? Lifetimes.CERTIFICATE : Lifetimes.parse(lifetime);
    X509Certificate certificate;
    if (args.contains("--generate")) {
      certificate = ca.issueWithNewKey(role, code, Path.of(option(args, "--generate")), validFor);
    } else {
      certificate = ca.sign(Path.of(option(args, "--csr")), role, code, validFor);
      CertificateAuthority.write(certificate, Path.of(option(args, "--out")));
    }
    out.println(
        "issued a "
            + role.name().toLowerCase(Locale.ROOT)
            + " certificate"
            + (named == null ? "" : " for " + named)
            + ", serial "
            + certificate.getSerialNumber().toString(16)
            + ", valid until "
            + certificate.getNotAfter().toInstant());
    return 0;
  }

  private static String option(List<String> args, String name) {
    int at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size()) {
      throw new IllegalArgumentException("missing " + name);
    }
    return args.get(at + 1);
  }

  private static List<String> options(List<String> args, String name) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals(name)) {
        values.add(args.get(i + 1));
      }
    }
    return values;
  }
}
