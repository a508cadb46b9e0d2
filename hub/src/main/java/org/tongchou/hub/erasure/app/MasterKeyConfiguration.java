package org.tongchou.hub.erasure.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.erasure.domain.MasterKey;

/**
 * The master key that wraps every person's data key. Production sets
 * {@code tongchou.person-data.master-key} (32 bytes, base64), from a secret store, never from the
 * database's own backups; the embedded default keeps a generated one in its data folder, as it
 * does the person-key secret. Losing it loses every person's personal data.
 */
@Configuration(proxyBeanMethods = false)
class MasterKeyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyConfiguration.class);

    @Bean
    MasterKey masterKey(@Value("${tongchou.person-data.master-key:}") String configured,
                        @Value("${tongchou.data-dir}") Path dataDir) {
        if (!configured.isBlank()) {
            return new MasterKey(Base64.getDecoder().decode(configured.trim()));
        }
        return new MasterKey(keyFile(dataDir.resolve("person-data.master-key")));
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the folder's own permissions protect it
                }
                LOG.warn("generated a new person-data master key in {}: back it up apart from the database", file);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the person-data master key " + file, e);
        }
    }
}
