package org.tongchou.hub.access.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** PEM files as gRPC, OpenSSL and Node read them: certificates, and keys in PKCS#8. */
public final class Pem {

  private Pem() {}

  static void writeCertificate(Path file, X509Certificate certificate) {
    try {
      write(file, "CERTIFICATE", certificate.getEncoded(), false);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a certificate we built always encodes", e);
    }
  }

  /** Keys are written readable by their owner only. */
  public static void writeKey(Path file, PrivateKey key) {
    write(file, "PRIVATE KEY", key.getEncoded(), true);
  }

  /** A certificate as PEM text. */
  public static String encode(X509Certificate certificate) {
    try {
      return encode("CERTIFICATE", certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a certificate we built always encodes", e);
    }
  }

  private static String encode(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void write(Path file, String type, byte[] der, boolean secret) {
    String pem = encode(type, der);
    try {
      // Never over an existing file (a CA key lost is every certificate orphaned), and a key
      // is created owner-only rather than restricted after the fact.
      if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, pem);
      } else {
        Files.writeString(file, pem, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException(file + " exists already; not overwritten", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static byte[] read(Path file, String type) {
    try {
      return decode(Files.readString(file), type, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The DER bytes of the first PEM block of {@code type} in {@code text}; {@code where} names it.
   */
  public static byte[] decode(String text, String type, String where) {
    int start = text.indexOf("-----BEGIN " + type + "-----");
    int end = text.indexOf("-----END " + type + "-----");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(where + " holds no PEM " + type);
    }
    String body = text.substring(start + ("-----BEGIN " + type + "-----").length(), end);
    return Base64.getMimeDecoder().decode(body);
  }
}
