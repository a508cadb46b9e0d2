package org.tongchou.hub.replay.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.replay.domain.RelevantChanges;
import org.tongchou.hub.testing.ObligationChanges;

/**
 * The sifter's records are the mapper's records of the same stored bytes: for every component of
 * every change type, and for the changes it lets through.
 */
class ObligationEventSifterTest {

  static final ObjectMapper MAPPER = CanonicalJson.mapper();
  static final String JIANGSU = "320000";
  static final Set<String> SUBTREE = Set.of(JIANGSU, "320200", "320211");
  static final RelevantChanges YEAR_2026 =
      RelevantChanges.of(SUBTREE, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
  static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456Z");

  static ObligationsChanged event(List<ObligationChange> changes) {
    return new ObligationsChanged(
        "p1", 7, changes, "320211/r-1", AT, "ab".repeat(32), "cd".repeat(32));
  }

  static LoggedEvent sifted(RelevantChanges relevant, ObligationsChanged event) throws Exception {
    return new ObligationEventSifter(relevant)
        .reader()
        .read(42, event.personKey(), CanonicalJson.bytes(event));
  }

  static ObligationChange everyComponentSet(Class<?> type, int variant) throws Exception {
    return ObligationChanges.everyComponentSet(type, variant, JIANGSU);
  }

  @Test
  void everyComponentOfEveryChangeTypeIsBoundAsTheMapperBindsTheSameBytes() throws Exception {
    Class<?>[] types = ObligationChange.class.getPermittedSubclasses();
    assertThat(types).hasSize(6);
    for (Class<?> type : types) {
      for (int variant = 0; variant < ObligationStatus.values().length; variant++) {
        ObligationsChanged stored = event(List.of(everyComponentSet(type, variant)));
        byte[] bytes = CanonicalJson.bytes(stored);

        LoggedEvent sifted = sifted(YEAR_2026, stored);

        assertThat(sifted.event())
            .as(new String(bytes, StandardCharsets.UTF_8))
            .isEqualTo(MAPPER.readValue(bytes, ObligationsChanged.class))
            .isEqualTo(stored);
        assertThat(sifted.recordedAt()).isEqualTo(AT);
        assertThat(sifted.position()).isEqualTo(42);
      }
    }
  }

  @Test
  void aChangeWithoutItsOptionalValuesIsBoundAsTheMapperBindsIt() throws Exception {
    ObligationsChanged stored =
        new ObligationsChanged(
            "p1",
            1,
            List.of(
                new ObligationChange.Opened(
                    "o#1",
                    null,
                    null,
                    null,
                    "320211",
                    null,
                    null,
                    LocalDate.parse("2026-03-01"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                new ObligationChange.StatusChanged("o#1", null, "320211", null, null, null),
                new ObligationChange.DisputeRuled("o#1", "320211", null, false, null, null, null)),
            null,
            null,
            null,
            null);
    byte[] bytes = CanonicalJson.bytes(stored);

    assertThat(sifted(YEAR_2026, stored).event())
        .isEqualTo(MAPPER.readValue(bytes, ObligationsChanged.class))
        .isEqualTo(stored);
  }

  @Test
  void onlyTheChangesThatCanReachTheScratchAreBoundAndTheRestAreLeftOut() throws Exception {
    ObligationChange inPeriod = opened("a#1", "320211", "410102", "2026-05-05");
    ObligationChange owedToTheDivision = opened("b#1", "410102", "320200", "2026-12-31");
    ObligationChange dueTheYearBefore = opened("c#1", "320211", "410102", "2025-12-31");
    ObligationChange dueTheYearAfter = opened("d#1", "320211", "410102", "2027-01-01");
    ObligationChange elsewhere = opened("e#1", "410102", "110101", "2026-05-05");
    ObligationChange metHere =
        new ObligationChange.StatusChanged(
            "c#1",
            "320211",
            "410102",
            ObligationStatus.MET_LATE,
            "320211/r-9",
            LocalDate.parse("2026-02-01"));
    ObligationChange waivedElsewhere =
        new ObligationChange.Waived("e#1", "410102", "110101", "410000", "flood");

    LoggedEvent sifted =
        sifted(
            YEAR_2026,
            event(
                List.of(
                    inPeriod,
                    dueTheYearBefore,
                    elsewhere,
                    metHere,
                    owedToTheDivision,
                    dueTheYearAfter,
                    waivedElsewhere)));

    assertThat(((ObligationsChanged) sifted.event()).changes())
        .containsExactly(inPeriod, metHere, owedToTheDivision);
  }

  @Test
  void anEventWithNoChangeThatCanReachTheScratchComesWithOnlyItsTime() throws Exception {
    LoggedEvent sifted =
        sifted(
            YEAR_2026,
            event(
                List.of(
                    opened("a#1", "320211", "410102", "2027-05-05"),
                    new ObligationChange.Waived("e#1", "410102", "110101", "410000", "flood"))));

    assertThat(sifted.event()).isNull();
    assertThat(sifted.recordedAt()).isEqualTo(AT);
    assertThat(sifted.personKey()).isEqualTo("p1");
  }

  @Test
  void aRelevantChangeOfAnUnknownKindIsRefusedRatherThanGuessedAt() {
    byte[] stored =
        ("{\"changes\":[{\"change\":\"merged\",\"obligationId\":\"a#1\",\"owed\":\"410102\","
                + "\"responsible\":\"320211\"}],\"personKey\":\"p1\",\"recordedAt\":\"2026-12-01T10:15:30Z\"}")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new ObligationEventSifter(YEAR_2026).reader().read(1, "p1", stored))
        .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class)
        .hasMessageContaining("merged");
  }

  @Test
  void aValueOfAnotherJsonTypeThanTheHubWritesIsRefused() {
    byte[] stored =
        ("{\"changes\":[{\"change\":\"opened\",\"dueOn\":\"2026-05-05\",\"obligationId\":7,"
                + "\"responsible\":\"320211\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new ObligationEventSifter(YEAR_2026).reader().read(1, "p1", stored))
        .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class)
        .hasMessageContaining("obligationId");
  }

  @Test
  void aDateThatDoesNotReadIsRefusedAsTheEventNotReading() {
    byte[] stored =
        ("{\"changes\":[{\"change\":\"opened\",\"dueOn\":\"2026-05-05\",\"obligationId\":\"a#1\","
                + "\"opensOn\":\"2026-02-30\",\"responsible\":\"320211\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new ObligationEventSifter(YEAR_2026).reader().read(1, "p1", stored))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("2026-02-30");
  }

  static ObligationChange.Opened opened(String id, String responsible, String owed, String dueOn) {
    return new ObligationChange.Opened(
        id,
        "verification-answer",
        id.substring(0, id.indexOf('#')),
        Side.OUTFLOW,
        responsible,
        owed,
        LocalDate.parse(dueOn).minusDays(30),
        LocalDate.parse(dueOn),
        "national-2009.1",
        "320211/r-1",
        null,
        ObligationStatus.OPEN,
        null,
        null);
  }
}
