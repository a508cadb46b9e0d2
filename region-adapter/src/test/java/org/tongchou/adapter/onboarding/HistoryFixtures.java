package org.tongchou.adapter.onboarding;

import java.util.Optional;
import org.tongchou.adapter.facts.FactLineMapper;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.hub.FactAnswer;
import org.tongchou.adapter.hub.HubReceipt;

/** Facts of a history for the import's tests, written as FACTS.md lines. */
final class HistoryFixtures {

  static final String WANG = "410102199003071521";
  static final String LI = "410102198801011234";

  private HistoryFixtures() {}

  /** A ServiceDelivered about {@code idNumber} on {@code date}, from file 0 line {@code line}. */
  static SourcedFact service(int line, String recordId, String idNumber, String date) {
    return fact(
        line,
        "{\"recordId\":\""
            + recordId
            + "\",\"type\":\"ServiceDelivered\",\"region\":\"320205\",\"occurredOn\":\""
            + date
            + "\",\"person\":{\"idNumber\":\""
            + idNumber
            + "\"},\"data\":{\"service\":\"health_education\"}}");
  }

  /** A RecordCorrected of {@code corrects}, replacing it with a service on {@code date}. */
  static SourcedFact correction(
      int line, String recordId, String corrects, String idNumber, String date) {
    return fact(
        line,
        "{\"recordId\":\""
            + recordId
            + "\",\"type\":\"RecordCorrected\",\"region\":\"320205\",\"occurredOn\":\""
            + date
            + "\",\"person\":{\"idNumber\":\""
            + idNumber
            + "\"},\"data\":{\"corrects\":\""
            + corrects
            + "\",\"reason\":\"typo\",\"fact\":{\"type\":\"ServiceDelivered\",\"region\":\"320205\","
            + "\"occurredOn\":\""
            + date
            + "\",\"person\":{\"idNumber\":\""
            + idNumber
            + "\"},\"data\":{\"service\":\"child_health\"}}}}");
  }

  static SourcedFact fact(int line, String json) {
    FactLineMapper.Result result = new FactLineMapper().map(json);
    if (!(result instanceof FactLineMapper.Result.Mapped mapped)) {
      throw new AssertionError("not a fact: " + result);
    }
    return new SourcedFact(0, new MappedFact(line, mapped.fact()));
  }

  static FactAnswer accepted(SourcedFact fact, String eventId) {
    return new FactAnswer(
        fact.fact().recordId(),
        FactAnswer.Kind.ACCEPTED,
        Optional.of(new HubReceipt(eventId, 7, java.time.Instant.EPOCH, "ab".repeat(32))),
        java.util.List.of());
  }
}
