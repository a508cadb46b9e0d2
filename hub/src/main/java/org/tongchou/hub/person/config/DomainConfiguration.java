package org.tongchou.hub.person.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.person.domain.FactValidator;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.region.domain.RegionDirectory;

/** The plain-Java domain services, as beans. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  RegionDirectory regionDirectory() {
    return RegionDirectory.shipped();
  }

  @Bean
  FactValidator factValidator(RegionDirectory regions) {
    return new FactValidator(regions);
  }

  /** The one need-to-know rule (docs/ACCESS.md) as every read path and the feed ask it. */
  @Bean
  PersonAccess personAccess(RegionDirectory regions) {
    return new PersonAccess(regions);
  }
}
