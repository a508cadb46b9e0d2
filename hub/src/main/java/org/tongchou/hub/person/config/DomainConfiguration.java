package org.tongchou.hub.person.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongchou.hub.person.domain.FactValidator;
import org.tongchou.hub.person.domain.ReadEntitlement;
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

  @Bean
  ReadEntitlement readEntitlement(RegionDirectory regions) {
    return new ReadEntitlement(regions);
  }
}
