package org.tongchou.adapter.onboarding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.adapter.facts.HistoryKeys;

/**
 * The order in which an import sends a history: grouped by person, each person's facts by business
 * date, and the persons by their first business date (then ID number). Facts of one date keep the
 * order of the files; a correction comes after the record it corrects. The order is a function of
 * the facts alone, so a resumed import computes the same one.
 */
public final class HistoryOrder {

  private HistoryOrder() {}

  /** The import's order of {@code facts}. */
  public static List<SourcedFact> of(List<SourcedFact> facts) {
    Map<String, List<SourcedFact>> byPerson = new LinkedHashMap<>();
    for (SourcedFact f : facts) {
      byPerson.computeIfAbsent(HistoryKeys.person(f.fact()), p -> new ArrayList<>()).add(f);
    }
    List<Person> persons = new ArrayList<>(byPerson.size());
    byPerson.forEach((id, history) -> persons.add(Person.of(id, history)));
    persons.sort(Comparator.comparing(Person::firstDate).thenComparing(Person::id));
    List<SourcedFact> ordered = new ArrayList<>(facts.size());
    persons.forEach(p -> ordered.addAll(p.history()));
    return ordered;
  }

  private record Person(String id, String firstDate, List<SourcedFact> history) {

    static Person of(String id, List<SourcedFact> facts) {
      Map<String, String> dateOf = new HashMap<>();
      facts.forEach(
          f ->
              dateOf.putIfAbsent(
                  HistoryKeys.recordKey(f.fact()), HistoryKeys.businessDate(f.fact())));
      List<Dated> dated = new ArrayList<>(facts.size());
      for (SourcedFact f : facts) {
        String date = HistoryKeys.businessDate(f.fact());
        String corrected = dateOf.get(HistoryKeys.corrects(f.fact()));
        boolean correction = !HistoryKeys.corrects(f.fact()).isEmpty();
        if (corrected != null && corrected.compareTo(date) > 0) {
          date = corrected; // never before what it corrects
        }
        dated.add(new Dated(date, correction ? 1 : 0, f));
      }
      // List.sort is stable: facts of one date and kind keep the files' order.
      dated.sort(Comparator.comparing(Dated::date).thenComparingInt(Dated::correction));
      return new Person(id, dated.get(0).date(), dated.stream().map(Dated::fact).toList());
    }
  }

  private record Dated(String date, int correction, SourcedFact fact) {}
}
