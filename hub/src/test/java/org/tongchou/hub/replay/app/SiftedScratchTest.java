package org.tongchou.hub.replay.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.replay.domain.RelevantChanges;
import org.tongchou.hub.replay.domain.ScratchObligations;

/**
 * A replay's scratch folded from sifted events ({@link EventPayloads#sifting}) holds exactly the
 * rows, and the positions behind each, of the same scratch folded from every change bound by the
 * mapper: over a varied history of openings in and out of the period and the division, status
 * changes, reassignments, waivers, disputes and rulings, with other events between them.
 */
class SiftedScratchTest {

  static final String OBLIGATIONS = ObligationsChanged.class.getName();
  static final Set<String> SUBTREE = Set.of("320000", "320200", "320211");
  static final List<String> REGIONS =
      List.of("320000", "320200", "320211", "410000", "410102", "110101");
  static final LocalDate FROM = LocalDate.parse("2026-01-01");
  static final LocalDate TO = LocalDate.parse("2026-12-31");

  /** What the replay keeps of an opening (Replayer's scratch for Jiangsu and 2026). */
  static ScratchObligations scratch() {
    return new ScratchObligations(
        o ->
            !o.dueOn().isBefore(FROM)
                && !o.dueOn().isAfter(TO)
                && (SUBTREE.contains(o.responsible()) || SUBTREE.contains(o.owed())));
  }

  @ParameterizedTest(name = "seed {0}, with the time limit''s times read: {1}")
  @CsvSource({"1, false", "2, true", "3, false", "4, true"})
  void givenAVariedHistoryWhenSiftedThenTheScratchHoldsExactlyTheRowsOfThePlainBinding(
      long seed, boolean needsTime) throws Exception {
    History history = new History(new Random(seed));
    history.generate(3_000);

    ScratchObligations plain = scratch();
    for (EventPayloads.Row row : history.rows) {
      if (row.payloadType().equals(OBLIGATIONS)) {
        ObligationsChanged event =
            CanonicalJson.mapper().readValue(row.payload(), ObligationsChanged.class);
        event.changes().forEach(change -> plain.apply(event.personKey(), change, row.position()));
      }
    }
    ScratchObligations sifted = scratch();
    EventPayloads payloads =
        EventPayloads.sifting(
            OBLIGATIONS::equals, needsTime, RelevantChanges.of(SUBTREE, FROM, TO));
    List<LoggedEvent> logged = new ArrayList<>();
    for (int i = 0; i < history.rows.size(); i += 97) {
      logged.addAll(payloads.parse(history.rows.subList(i, Math.min(history.rows.size(), i + 97))));
    }
    for (LoggedEvent e : logged) {
      if (e.event() instanceof ObligationsChanged changed) {
        changed
            .changes()
            .forEach(change -> sifted.apply(changed.personKey(), change, e.position()));
      }
    }

    assertThat(sifted.rows()).isEqualTo(plain.rows());
    for (ObligationRow row : plain.rows()) {
      assertThat(sifted.behind(row.obligationId()))
          .as(row.obligationId())
          .containsExactlyElementsOf(plain.behind(row.obligationId()));
    }
    assertThat(logged)
        .extracting(LoggedEvent::position)
        .containsExactlyElementsOf(history.rows.stream().map(EventPayloads.Row::position).toList());
    for (int i = 0; i < logged.size(); i++) {
      boolean timed = needsTime || history.rows.get(i).payloadType().equals(OBLIGATIONS);
      assertThat(logged.get(i).recordedAt()).isEqualTo(timed ? history.times.get(i) : null);
    }
    // The history was as varied as it claims, and most of it never reached the scratch.
    assertThat(plain.rows())
        .extracting(ObligationRow::status)
        .contains(
            ObligationStatus.OPEN,
            ObligationStatus.MET_ON_TIME,
            ObligationStatus.WAIVED,
            ObligationStatus.REASSIGNED,
            ObligationStatus.WITHDRAWN);
    assertThat(plain.rows())
        .extracting(ObligationRow::dispute)
        .contains("disputed", "upheld", "dismissed");
    assertThat(
            plain.rows().stream()
                .map(r -> SUBTREE.contains(r.responsible()))
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(true, false);
    assertThat(plain.rows()).hasSizeBetween(history.opened / 10, history.opened / 2);
  }

  /**
   * A random history that keeps the domain's rules: a later change names its obligation's regions.
   */
  static final class History {
    final Random random;
    final List<EventPayloads.Row> rows = new ArrayList<>();
    final List<Instant> times = new ArrayList<>();

    /** Open obligations by id, as last opened; with their person. */
    final Map<String, ObligationChange.Opened> live = new LinkedHashMap<>();

    final Map<String, String> personOf = new LinkedHashMap<>();
    Instant now = Instant.parse("2026-01-05T08:00:00.120Z");
    int opened;
    int ids;

    History(Random random) {
      this.random = random;
    }

    void generate(int events) {
      for (int i = 0; i < events; i++) {
        int roll = random.nextInt(10);
        if (roll < 2) {
          other();
        } else if (roll < 5 || live.size() < 5) {
          arrival();
        } else {
          later();
        }
      }
    }

    String region() {
      return REGIONS.get(random.nextInt(REGIONS.size()));
    }

    Instant tick() {
      if (random.nextInt(3) > 0) {
        now = now.plusMillis(1 + random.nextInt(90_000_000));
      }
      return now;
    }

    /**
     * Another event between them, of a type a replay under the recorded decisions does not read.
     */
    void other() {
      Instant at = tick();
      rows.add(
          new EventPayloads.Row(
              rows.size() + 1L,
              "p" + random.nextInt(50),
              FactRecorded.class.getName(),
              ("{\"personKey\":\"p\",\"recordedAt\":\"" + at + "\"}")
                  .getBytes(StandardCharsets.UTF_8)));
      times.add(at);
    }

    ObligationChange.Opened opening(String id, String responsible, String owed, LocalDate dueOn) {
      opened++;
      ObligationStatus status =
          List.of(
                  ObligationStatus.OPEN,
                  ObligationStatus.DUE_SOON,
                  ObligationStatus.OVERDUE,
                  ObligationStatus.MET_ON_TIME,
                  ObligationStatus.MET_LATE)
              .get(random.nextInt(5));
      boolean met = status == ObligationStatus.MET_ON_TIME || status == ObligationStatus.MET_LATE;
      return new ObligationChange.Opened(
          id,
          List.of("service-coverage", "verification-answer", "certificate-issuance")
              .get(random.nextInt(3)),
          id.substring(0, id.indexOf('#')),
          random.nextBoolean() ? Side.INFLOW : Side.OUTFLOW,
          responsible,
          owed,
          dueOn.minusDays(30),
          dueOn,
          random.nextBoolean() ? "national-2009.1" : "national-2009.1+jiangsu-2021.1",
          responsible + "/r-" + ids,
          random.nextInt(3) == 0 ? dueOn.getYear() + "-Q2" : null,
          status,
          met ? owed + "/e-" + ids : null,
          met ? dueOn.minusDays(random.nextInt(60)) : null);
    }

    /**
     * An arrival opens a few duties, due in 2025, 2026 or 2027, binding regions in and out of
     * Jiangsu.
     */
    void arrival() {
      String person = "p" + random.nextInt(50);
      List<ObligationChange> changes = new ArrayList<>();
      for (int n = 1 + random.nextInt(8); n > 0; n--) {
        String id = "duty/" + person + "/" + (++ids) + "#1";
        ObligationChange.Opened o =
            opening(
                id,
                region(),
                region(),
                LocalDate.parse("2025-06-01").plusDays(random.nextInt(760)));
        changes.add(o);
        live.put(id, o);
        personOf.put(id, person);
      }
      record(person, changes);
    }

    /**
     * A later change to one open obligation: met, withdrawn, reassigned, waived, disputed or ruled
     * on.
     */
    void later() {
      List<String> ids = new ArrayList<>(live.keySet());
      String id = ids.get(random.nextInt(ids.size()));
      ObligationChange.Opened o = live.get(id);
      String person = personOf.get(id);
      String r = o.responsible();
      String w = o.owed();
      List<ObligationChange> changes = new ArrayList<>();
      switch (random.nextInt(7)) {
        case 0 ->
            changes.add(
                new ObligationChange.StatusChanged(
                    id,
                    r,
                    w,
                    ObligationStatus.MET_ON_TIME,
                    w + "/e-" + id.hashCode(),
                    o.dueOn().minusDays(3)));
        case 1 ->
            changes.add(
                new ObligationChange.StatusChanged(
                    id,
                    r,
                    w,
                    random.nextBoolean() ? ObligationStatus.OVERDUE : ObligationStatus.WITHDRAWN,
                    null,
                    null));
        case 2 -> changes.addAll(reassigned(o, region(), o.owed()));
        case 3 -> {
          changes.add(
              new ObligationChange.Waived(
                  id, r, w, random.nextBoolean() ? "320000" : "national", "洪水 \"flood\""));
          live.remove(id);
        }
        case 4 -> changes.add(new ObligationChange.Disputed(id, r, w, r, "not ours"));
        case 5 -> {
          String to = region();
          changes.add(new ObligationChange.DisputeRuled(id, r, w, true, to, "320000", "theirs"));
          changes.addAll(reassigned(o, to, o.owed()));
        }
        default ->
            changes.add(
                new ObligationChange.DisputeRuled(id, r, w, false, null, "national", "ours"));
      }
      record(person, changes);
    }

    /**
     * It ends as reassigned, and its replacement opens with the new terms among the same changes.
     */
    List<ObligationChange> reassigned(ObligationChange.Opened o, String responsible, String owed) {
      String id = o.obligationId();
      int hash = id.indexOf('#');
      String next = id.substring(0, hash) + "#" + (Integer.parseInt(id.substring(hash + 1)) + 1);
      ObligationChange.Opened replacement =
          opening(
              next,
              responsible,
              owed,
              random.nextBoolean() ? o.dueOn() : o.dueOn().plusDays(random.nextInt(200)));
      live.remove(id);
      live.put(next, replacement);
      personOf.put(next, personOf.get(id));
      return List.of(
          new ObligationChange.Reassigned(id, o.responsible(), o.owed(), next, responsible, owed),
          replacement);
    }

    void record(String person, List<ObligationChange> changes) {
      Instant at = tick();
      ObligationsChanged event =
          new ObligationsChanged(
              person,
              rows.size() + 1L,
              changes,
              person + "/r-" + rows.size(),
              at,
              "ab".repeat(32),
              "cd".repeat(32));
      rows.add(
          new EventPayloads.Row(rows.size() + 1L, person, OBLIGATIONS, CanonicalJson.bytes(event)));
      times.add(at);
    }
  }
}
