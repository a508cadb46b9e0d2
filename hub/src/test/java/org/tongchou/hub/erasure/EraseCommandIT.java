package org.tongchou.hub.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.platform.OperatorCommandsIT;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FactOutcome;

/**
 * {@code hub person erase}: the operator erases on behalf of an office while the hub is stopped (a
 * running hub would keep the person cached as before; it erases through Erasure.ErasePerson).
 */
class EraseCommandIT {

  @Test
  void theOperatorErasesForTheOfficeOverTheRegistrationRegionAndTheHubThenRefusesHerNextFact() {
    String[] schema = TestHub.inFreshSchema("erase_cli");
    String idNumber = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    ConfigurableApplicationContext hub = TestHub.startOnPostgres(schema);
    try (HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
      assertThat(wuxi.submitOne(Facts.arrival(idNumber, Facts.WUXI_BINHU, "2026-04-01")).getKind())
          .isEqualTo(FactOutcome.Kind.ACCEPTED);
    } finally {
      hub.close();
    }

    assertThatThrownBy(
            () ->
                OperatorCommandsIT.run(
                    schema,
                    "person",
                    "erase",
                    idNumber,
                    "--office",
                    "320000",
                    "--reason",
                    "not Jiangsu's to erase"))
        .hasMessage("no person with that ID number that office 320000 may erase");
    assertThatThrownBy(
            () -> OperatorCommandsIT.run(schema, "person", "erase", idNumber, "--office", "410000"))
        .hasMessageStartingWith("usage: hub person erase");
    String printed =
        OperatorCommandsIT.run(
            schema,
            "person",
            "erase",
            idNumber,
            "--office",
            "410000",
            "--reason",
            "PIPL art. 47, case 9");

    assertThat(printed).startsWith("erased p").contains("position");
    String erasedKey = printed.substring("erased ".length(), "erased ".length() + 41);
    ConfigurableApplicationContext again = TestHub.startOnPostgres(schema);
    try (HubClient wuxi = TestHub.clientFor(again, Facts.WUXI)) {
      // Her number leads nowhere now (docs/ACCESS.md, "Erasure"): pushed again, it is a new person.
      assertThatThrownBy(() -> wuxi.timeline(idNumber)).hasMessageStartingWith("NOT_FOUND");
      assertThat(wuxi.submitOne(Facts.arrival(idNumber, Facts.WUXI_BINHU, "2026-05-01")).getKind())
          .isEqualTo(FactOutcome.Kind.ACCEPTED);
      assertThat(wuxi.timeline(idNumber).getPersonKey()).isNotEqualTo(erasedKey);
      assertThat(wuxi.timeline(idNumber).hasErasure()).isFalse();
    } finally {
      again.close();
    }
  }
}
