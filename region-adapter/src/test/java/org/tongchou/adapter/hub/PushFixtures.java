package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.PersonRef;
import org.tongchou.proto.v1.ServiceDelivered;

/** Facts for push tests: valid enough for the fake hub, numbered like lines of a file. */
final class PushFixtures {

  private PushFixtures() {}

  /** {@code count} facts with record ids {@code prefix-1 ...}, on lines 1 to count. */
  static List<MappedFact> facts(String prefix, int count) {
    List<MappedFact> facts = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      facts.add(
          new MappedFact(
              i,
              Fact.newBuilder()
                  .setRecordId(prefix + "-" + i)
                  .setRegion("320205")
                  .setOccurredOn("2026-03-01")
                  .setPerson(PersonRef.newBuilder().setIdNumber("410102199003071521"))
                  .setServiceDelivered(ServiceDelivered.newBuilder().setService("health_education"))
                  .build()));
    }
    return facts;
  }
}
