package org.tongchou.hub.stream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.erasure.domain.PersonErased;
import org.tongchou.hub.person.domain.Erasure;
import org.tongchou.hub.person.domain.PersonEvent;

/**
 * The event table files each event under its class's name, and exports show that name to auditors:
 * a class that moves to another package would strand every event stored before. These names are
 * written out, not taken from the classes, so that such a move fails here ({@link
 * EveryKindIsStoredTest} checks that every kind is listed).
 */
class PersonEventTypesTest {

  static final List<String> STORED_NAMES =
      List.of(
          "org.tongchou.hub.person.domain.FactRecorded",
          "org.tongchou.hub.person.domain.ResidenceConflictRecorded",
          "org.tongchou.hub.person.domain.ResidenceConflictRuled",
          "org.tongchou.hub.person.domain.ResidenceConflictEnded",
          "org.tongchou.hub.person.domain.IdentityLinkRequested",
          "org.tongchou.hub.person.domain.IdentityLinked",
          "org.tongchou.hub.person.domain.IdentityUnlinked",
          "org.tongchou.hub.obligation.domain.ObligationsChanged",
          "org.tongchou.hub.obligation.domain.ReevaluationRecorded",
          "org.tongchou.hub.erasure.domain.PersonErased",
          "org.tongchou.hub.person.domain.EntitlementsChanged",
          "org.tongchou.hub.person.domain.IdentityMismatchRecorded",
          "org.tongchou.hub.person.domain.RegistrationClaimed",
          "org.tongchou.hub.person.domain.RegistrationClaimDecided",
          "org.tongchou.hub.person.domain.ArrivalContested",
          "org.tongchou.hub.person.domain.ArrivalContestRuled",
          "org.tongchou.hub.person.domain.IdentityLinkApproved");

  @Test
  void everyTypeNameTheEventTableHoldsStillNamesTheClassItIsReadAs() {
    for (String name : STORED_NAMES) {
      assertThat(PersonEventTypes.of(name).getName()).isEqualTo(name);
    }
  }

  @Test
  void anErasureStoredUnderItsTypeNameReadsBackWhole() {
    byte[] stored =
        ("{\"erasedBy\":\"320000\",\"hash\":\""
                + "b".repeat(64)
                + "\",\"personKey\":\"pk-1\","
                + "\"personSequence\":3,\"previousHash\":\""
                + "a".repeat(64)
                + "\",\"reason\":\"case 2026-17\",\"recordedAt\":\"2026-03-02T08:00:00Z\"}")
            .getBytes(StandardCharsets.UTF_8);

    PersonEvent event =
        PersonEventTypes.decode("org.tongchou.hub.erasure.domain.PersonErased", stored);

    assertThat(event)
        .isEqualTo(
            new PersonErased(
                "pk-1",
                3,
                "320000",
                "case 2026-17",
                Instant.parse("2026-03-02T08:00:00Z"),
                "a".repeat(64),
                "b".repeat(64)));
    assertThat(((Erasure) event).erasedBy()).isEqualTo("320000");
  }

  @Test
  void aTypeNameTheHubDoesNotKnowIsRefusedRatherThanLoaded() {
    assertThatThrownBy(() -> PersonEventTypes.of("java.lang.ProcessBuilder"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown type");
  }
}
