package org.tongchou.hub.person.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.domain.PersonKeys;
import org.tongchou.hub.platform.config.ExampleSecrets;
import org.tongchou.hub.platform.config.SecretFiles;

/**
 * The secrets behind person keys: the index secret that finds a person's random key from an ID
 * number, and the older person-key secret, which now keys only fact fingerprints (and was the key
 * of persons recorded before keys were random). Production sets {@code tongchou.person-key.secret};
 * the embedded default keeps a generated one in its data folder. Losing or changing it makes every
 * person key change, so it is created once and never rotated silently.
 */
@Configuration(proxyBeanMethods = false)
class PersonKeyConfiguration {

  /**
   * The index from ID numbers to random person keys (docs/ACCESS.md, "Erasure"), under a secret of
   * its own: {@code tongchou.person-index.secret}, or one the embedded default generates.
   */
  @Bean
  PersonIndex personIndex(
      JdbcTemplate jdbc,
      @Value("${tongchou.person-index.secret:}") String secret,
      @Value("${tongchou.data-dir}") Path dataDir) {
    if (!secret.isBlank()) {
      return new PersonIndex(jdbc, secret.getBytes(StandardCharsets.UTF_8));
    }
    return new PersonIndex(
        jdbc,
        SecretFiles.readOrCreate(
            dataDir.resolve(ExampleSecrets.INDEX_SECRET_FILE),
            "person-index secret",
            "back it up with the database"));
  }

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
