package org.tongchou.hub.person.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.person.domain.PersonKeys;
import org.tongchou.hub.platform.config.SecretFiles;

/**
 * The secret behind person keys. Production sets {@code tongchou.person-key.secret}; the embedded
 * default keeps a generated one in its data folder. Losing or changing it makes every person key
 * change, so it is created once and never rotated silently.
 */
@Configuration(proxyBeanMethods = false)
class PersonKeyConfiguration {

  @Bean
  PersonKeys personKeys(
      @Value("${tongchou.person-key.secret:}") String secret,
      @Value("${tongchou.data-dir}") Path dataDir) {
    if (!secret.isBlank()) {
      return new PersonKeys(secret.getBytes(StandardCharsets.UTF_8));
    }
    return new PersonKeys(
        SecretFiles.readOrCreate(
            dataDir.resolve("person-key.secret"),
            "person-key secret",
            "back it up with the database"));
  }
}
