package org.tongchou.hub.testing;

import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Replaces the hub's clock (bean {@code clock}) with a {@link MovableClock} starting at {@code
 * tongchou.test.clock-start}; db-scheduler then takes the same one. Needs {@code
 * spring.main.allow-bean-definition-overriding=true}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

  @Bean
  MovableClock clock(@Value("${tongchou.test.clock-start}") String start) {
    return new MovableClock(Instant.parse(start));
  }
}
