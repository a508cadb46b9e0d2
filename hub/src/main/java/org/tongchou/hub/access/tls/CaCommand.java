package org.tongchou.hub.access.tls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * {@code hub ca ...}: the operator's certificate authority, without starting the hub.
 *
 * <pre>
 * hub ca init  --dir DIR [--host NAME]...            the CA, and the hub's server certificate
 * hub ca issue --dir DIR (--region CODE | --office CODE | --auditor)
 *              (--csr REQUEST.pem --out CERT.crt | --generate PREFIX)
 * </pre>
 */
public final class CaCommand {

  static final String USAGE =
      """
            usage: hub ca init  --dir DIR [--host NAME]...
                   hub ca issue --dir DIR (--region CODE | --office CODE|national | --auditor)
                                (--csr REQUEST.pem --out CERT.crt | --generate PREFIX)""";

  private CaCommand() {}

  /** Runs the command and returns the process exit code: 0 done, 2 bad usage or failure. */
  public static int run(List<String> args) {
    try {
      String verb = args.size() > 1 ? args.get(1) : "";
      CertificateAuthority ca = new CertificateAuthority(Path.of(option(args, "--dir")));
      if (verb.equals("init")) {
        Path folder = Path.of(option(args, "--dir"));
        Files.createDirectories(folder);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        List<String> hosts = new ArrayList<>(List.of("localhost", "127.0.0.1"));
        hosts.addAll(options(args, "--host"));
        ca.init(hosts);
        System.out.println(
            "CA and hub certificate written to " + option(args, "--dir") + " for " + hosts);
        return 0;
      }
      if (verb.equals("issue")) {
        long roles = Stream.of("--auditor", "--office", "--region").filter(args::contains).count();
        if (roles != 1) {
          throw new IllegalArgumentException("give exactly one of --region, --office, --auditor");
        }
        Role role =
            args.contains("--auditor")
                ? Role.AUDITOR
                : args.contains("--office") ? Role.OFFICE : Role.REGION;
        String named =
            role == Role.AUDITOR
                ? null
                : option(args, role == Role.OFFICE ? "--office" : "--region");
        String code = role == Role.OFFICE ? Caller.jurisdictionOfOffice(named) : named;
        if (code != null && !RegionDirectory.shipped().isKnown(code)) {
          throw new IllegalArgumentException("unknown division code " + code);
        }
        if (args.contains("--generate")) {
          ca.issueWithNewKey(role, code, Path.of(option(args, "--generate")));
        } else {
          CertificateAuthority.write(
              ca.sign(Path.of(option(args, "--csr")), role, code), Path.of(option(args, "--out")));
        }
        System.out.println(
            "issued a "
                + role.name().toLowerCase(Locale.ROOT)
                + " certificate"
                + (named == null ? "" : " for " + named));
        return 0;
      }
      System.err.println(USAGE);
      return 2;
    } catch (Exception e) {
      System.err.println("hub ca: " + e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
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
