package org.tongchou.workload.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tongchou.adapter.facts.FactLineMapper;
import org.tongchou.adapter.facts.FactObject;
import org.tongchou.adapter.facts.MappedFact;

/**
 * Generates valid facts for a bench run: per person an {@code ArrivalRegistered} in the bench's
 * county first, then {@code ServiceDelivered} and {@code AgreementSigned} facts dated after the
 * arrival and before today.
 *
 * <p>Facts are written as FACTS.md JSON and mapped by the same {@link FactLineMapper} as a real
 * file, so the bench pushes exactly what a region's export would produce.
 */
public final class BenchFactGenerator {

  private static final String[] SERVICES = {
    "contraception",
    "reproductive_health_check",
    "prenatal_care",
    "child_health",
    "health_education"
  };
  private static final String[] KINDS = {"contract", "commitment"};
  private static final String[] PARTIES = {"migrant", "landlord", "employer", "agency"};

  private final BenchSpec spec;
  private final Random random;
  private final FactLineMapper mapper = new FactLineMapper();
  private int generated;

  /** A generator for one run; not thread-safe. */
  public BenchFactGenerator(BenchSpec spec) {
    this.spec = spec;
    this.random = new Random(spec.seed());
  }

  /** The facts of every person, one list per person, arrival first. */
  public List<List<MappedFact>> generate() {
    List<BenchPerson> persons = BenchPersons.draw(spec.persons(), random);
    List<List<MappedFact>> all = new ArrayList<>(persons.size());
    for (int i = 0; i < persons.size(); i++) {
      int count = spec.facts() / spec.persons() + (i < spec.facts() % spec.persons() ? 1 : 0);
      all.add(factsOf(persons.get(i), count));
    }
    return all;
  }

  private List<MappedFact> factsOf(BenchPerson person, int count) {
    LocalDate latest = spec.today().minusDays(1); // a day's margin against clocks and time zones
    LocalDate arrival = latest.minusDays(30 + random.nextInt(3 * 365));
    List<MappedFact> facts = new ArrayList<>(count);
    facts.add(
        map(
            fact(
                person,
                arrival,
                "ArrivalRegistered",
                data().put("from", person.registrationRegion()))));
    List<LocalDate> later = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      later.add(
          arrival.plusDays(1 + random.nextInt((int) (latest.toEpochDay() - arrival.toEpochDay()))));
    }
    later.sort(null);
    for (LocalDate on : later) {
      facts.add(
          map(
              random.nextBoolean()
                  ? fact(person, on, "ServiceDelivered", data().put("service", pick(SERVICES)))
                  : fact(
                      person,
                      on,
                      "AgreementSigned",
                      data().put("kind", pick(KINDS)).put("party", pick(PARTIES)))));
    }
    return facts;
  }

  private ObjectNode fact(BenchPerson person, LocalDate on, String type, ObjectNode data) {
    return FactObject.of(
        "bench-" + spec.runId() + "-" + (generated + 1),
        type,
        spec.region(),
        on,
        FactObject.person(
            person.idNumber(), person.name(), person.sex(), person.registrationRegion()),
        data);
  }

  private MappedFact map(ObjectNode fact) {
    generated++;
    FactLineMapper.Result result = mapper.map(fact);
    if (result instanceof FactLineMapper.Result.Mapped mapped) {
      return new MappedFact(generated, mapped.fact()); // the "line" is the generation order
    }
    throw new IllegalStateException("the bench generated a fact it cannot map: " + result);
  }

  private static ObjectNode data() {
    return JsonNodeFactory.instance.objectNode();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
