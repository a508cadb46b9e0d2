package org.tongchou.hub.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.person.domain.PersonKeys;

/**
 * The secret behind person keys. Production sets {@code tongchou.person-key.secret}; the embedded
 * default keeps a generated one in its data folder. Losing or changing it makes every person key
 * change, so it is created once and never rotated silently.
 */
@Configuration(proxyBeanMethods = false)
class PersonKeyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PersonKeyConfiguration.class);

    @Bean
    PersonKeys personKeys(@Value("${tongchou.person-key.secret:}") String secret,
                          @Value("${tongchou.data-dir}") Path dataDir) {
        if (!secret.isBlank()) {
            return new PersonKeys(secret.getBytes(StandardCharsets.UTF_8));
        }
        return new PersonKeys(secretFile(dataDir.resolve("person-key.secret")));
    }

    private static byte[] secretFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                LOG.warn("generated a new person-key secret in {}: back it up with the database", file);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the person-key secret " + file, e);
        }
    }
}
