package org.tongchou.hub.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole hub on the real PostgreSQL the test script prepares (database tongchou_test), with gRPC
 * and HTTP on free loopback ports.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=" + TestHub.POSTGRES_URL_PLACEHOLDER,
      "tongchou.grpc.port=0",
      "tongchou.grpc.address=127.0.0.1",
      // Actuator on a port of its own, as in production (ActuatorIT reads it).
      "management.server.port=0",
      "tongchou.person-key.secret=" + TestHub.PERSON_KEY_SECRET,
      "tongchou.person-data.master-key=" + TestHub.MASTER_KEY,
      "tongchou.person-index.secret=" + TestHub.INDEX_SECRET,
      "tongchou.data-dir=target/test-data",
      // Checkpoints only where a test writes them (Checkpoints.writeNext), so feeds stay
      // predictable.
      "tongchou.checkpoints.interval=1h",
      "tongchou.access.tokens.enabled=true"
    })
@ActiveProfiles("postgres")
public @interface PostgresHub {}
