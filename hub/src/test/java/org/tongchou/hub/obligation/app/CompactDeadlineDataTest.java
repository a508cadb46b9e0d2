package org.tongchou.hub.obligation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.nio.charset.StandardCharsets;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.junit.jupiter.api.Test;

class CompactDeadlineDataTest {

  static final CompactDeadlineData DATA =
      new CompactDeadlineData(Serializer.DEFAULT_JAVA_SERIALIZER);

  /** A wake-up's details as Axon makes them. */
  static DbSchedulerBinaryDeadlineDetails wakeUp(String revision) {
    return new DbSchedulerBinaryDeadlineDetails(
        "obligations",
        bytes(
            "{\"identifier\":\"p67c4b77f1c52ea9c2ecaa97ef1e8ef8f0cf5468d\",\"type\":\"PersonAggregate\"}"),
        "org.axonframework.modelling.command.AggregateScopeDescriptor",
        bytes("{\"on\":\"2026-12-26\"}"),
        "org.tongchou.hub.person.app.WakeUp",
        revision,
        bytes("{\"correlationId\":\"0190-x\",\"traceId\":\"0190-x\"}"));
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void givenAWakeUpWhenWrittenAndReadThenEveryFieldComesBackAndItTakesFewerBytes() {
    for (String revision : new String[] {null, "2"}) {
      byte[] compact = DATA.serialize(wakeUp(revision));

      assertThat(DATA.deserialize(DbSchedulerBinaryDeadlineDetails.class, compact))
          .isEqualTo(wakeUp(revision));
      assertThat(compact[0]).isEqualTo(CompactDeadlineData.FORMAT);
      assertThat(compact.length)
          .isLessThan(Serializer.DEFAULT_JAVA_SERIALIZER.serialize(wakeUp(revision)).length - 150);
    }
  }

  @Test
  void givenAWakeUpStoredByThePreviousCodeWhenReadThenItComesBackAsItWas() {
    byte[] java = Serializer.DEFAULT_JAVA_SERIALIZER.serialize(wakeUp(null));

    assertThat(DATA.deserialize(DbSchedulerBinaryDeadlineDetails.class, java))
        .isEqualTo(wakeUp(null));
  }

  @Test
  void givenAnotherTasksDataWhenWrittenThenItIsJavaSerializationAsBefore() {
    assertThat(DATA.serialize("a recurring task's state"))
        .isEqualTo(Serializer.DEFAULT_JAVA_SERIALIZER.serialize("a recurring task's state"));
    assertThat(DATA.deserialize(String.class, DATA.serialize("state"))).isEqualTo("state");
  }
}
