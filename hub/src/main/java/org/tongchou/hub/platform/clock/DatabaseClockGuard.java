package org.tongchou.hub.platform.clock;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a hub node whose clock is more than {@code tongchou.clock.max-skew} (default 5
 * s) off the database's (issue #16, the clock drill in deploy/drills). It runs as soon as the
 * database connection pool exists, before the schema is migrated and before any processor, deadline
 * or gRPC call: a node with a wrong clock writes nothing.
 *
 * <p>A hub on a clock ten minutes off would otherwise run: deadlines (scheduled_tasks, shared by
 * every node) would fall due ten minutes early or late on that node alone, and its receipts and
 * signed checkpoints would carry times out of step with the other nodes'. The check is made once,
 * at start; a clock that jumps later is the business of the machine's time service.
 */
@Component
class DatabaseClockGuard implements BeanPostProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseClockGuard.class);
  static final String MAX_SKEW = "tongchou.clock.max-skew";

  private final Duration maxSkew;
  private final AtomicBoolean checked = new AtomicBoolean();

  DatabaseClockGuard(Environment environment) {
    this.maxSkew = DurationStyle.detectAndParse(environment.getProperty(MAX_SKEW, "5s"));
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
    if (bean instanceof DataSource dataSource && checked.compareAndSet(false, true)) {
      check(new DatabaseClock(dataSource, Clock.systemUTC()), maxSkew, beanName);
    }
    return bean;
  }

  /** Throws, after logging why, when the node's clock is too far off the database's. */
  static void check(DatabaseClock database, Duration maxSkew, String name) {
    try {
      database
          .skew()
          .flatMap(skew -> skew.refusal(maxSkew, "data source " + name))
          .ifPresent(
              refusal -> {
                LOG.error("Refusing to start: {}", refusal);
                throw new IllegalStateException(refusal);
              });
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not read the database's clock (data source " + name + ")", e);
    }
  }
}
