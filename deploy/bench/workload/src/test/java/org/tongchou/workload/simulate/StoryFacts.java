package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.workload.bench.IdNumbers;

/**
 * Hand-written facts of one person for the referee's tests: a Zhengzhou registration (410102), a
 * residence in Wuxi's Binhu district (320211), a rival claim from Shenzhen's Futian (440304).
 */
final class StoryFacts {

  static final String ZHENGZHOU = "410102";
  static final String WUXI = "320211";
  static final String SHENZHEN = "440304";

  private final SimPerson person;
  private final List<SimFact> facts = new ArrayList<>();

  private StoryFacts(SimPerson person) {
    this.person = person;
  }

  static StoryFacts woman(LocalDate bornOn) {
    return new StoryFacts(
        new SimPerson(IdNumbers.of(ZHENGZHOU, bornOn, 2), "王芳", "F", bornOn, ZHENGZHOU));
  }

  static StoryFacts man() {
    LocalDate bornOn = LocalDate.of(1990, 3, 7);
    return new StoryFacts(
        new SimPerson(IdNumbers.of(ZHENGZHOU, bornOn, 1), "李强", "M", bornOn, ZHENGZHOU));
  }

  /** Adds a fact with record id {@code r<n>}; returns it. */
  SimFact add(String type, String region, String on, Object... data) {
    SimFact fact =
        new SimFact(
            "r" + (facts.size() + 1),
            type,
            region,
            LocalDate.parse(on),
            person,
            PersonFacts.map(data));
    facts.add(fact);
    return fact;
  }

  /** The ground truth of these facts alone, the files pushed in {@code pushOrder}. */
  GroundTruth judged(String... pushOrder) {
    return Referees.judge(
        SimulationFixtures.spec(1, 1, Rates.DEFAULT),
        SimulationFixtures.DIVISIONS,
        List.of(facts),
        List.of(pushOrder));
  }
}
