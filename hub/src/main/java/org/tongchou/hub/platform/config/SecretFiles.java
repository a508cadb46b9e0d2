package org.tongchou.hub.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's generated secrets (the person-key secret, the person-data master key): 32
 * random bytes, base64 in a file of the data folder readable by its owner only, created once and
 * never replaced, because losing one loses what it protects.
 */
public final class SecretFiles {

  private static final Logger LOG = LoggerFactory.getLogger(SecretFiles.class);

  private SecretFiles() {}

  /** The secret in {@code file}, made first if there is none; {@code what} names it in messages. */
  public static byte[] readOrCreate(Path file, String what, String backUpAdvice) {
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.getParent());
        // Owner-only from the moment it exists: written first and restricted after, it would be
        // readable by others for an instant, long enough for a watching process to copy it.
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.createFile(file); // not POSIX: the folder's own permissions protect it
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
        LOG.warn("generated a new {} in {}: {}", what, file, backUpAdvice);
      }
      return Base64.getDecoder().decode(Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the " + what + " " + file, e);
    }
  }
}
