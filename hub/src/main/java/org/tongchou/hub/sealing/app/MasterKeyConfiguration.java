package org.tongchou.hub.sealing.app;

import java.nio.file.Path;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.platform.config.SecretFiles;
import org.tongchou.hub.sealing.domain.MasterKey;

/**
 * The master key that wraps every person's data key. Production sets {@code
 * tongchou.person-data.master-key} (32 bytes, base64), from a secret store, never from the
 * database's own backups; the embedded default keeps a generated one in its data folder, as it does
 * the person-key secret. Losing it loses every person's personal data.
 */
@Configuration(proxyBeanMethods = false)
class MasterKeyConfiguration {

  @Bean
  MasterKey masterKey(
      @Value("${tongchou.person-data.master-key:}") String configured,
      @Value("${tongchou.data-dir}") Path dataDir) {
    if (!configured.isBlank()) {
      return new MasterKey(Base64.getDecoder().decode(configured.trim()));
    }
    return new MasterKey(
        SecretFiles.readOrCreate(
            dataDir.resolve("person-data.master-key"),
            "person-data master key",
            "back it up apart from the database"));
  }
}
