package org.tongchou.hub.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;

class EventHashesTest {

  static final FactRecorded ARRIVAL =
      new FactRecorded(
          "pkey",
          1,
          "a-1",
          "320211",
          "320200",
          LocalDate.of(2026, 3, 1),
          "410102",
          new ArrivalRegistered("410102"),
          Instant.parse("2026-03-02T08:00:00Z"),
          EventHashes.GENESIS,
          null,
          "F",
          LocalDate.of(1990, 3, 7),
          null);

  @Test
  void theCanonicalEncodingSortsPropertiesPutsTheTypeTagFirstAndHoldsNoDerivedValues() {
    String json = new String(CanonicalJson.bytes(ARRIVAL), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"bornOn\":\"1990-03-07\",\"data\":{\"type\":\"ArrivalRegistered\",\"from\":\"410102\"},"
                + "\"occurredOn\":\"2026-03-01\",\"personKey\":\"pkey\",\"personSequence\":1,"
                + "\"previousHash\":\""
                + EventHashes.GENESIS
                + "\",\"recordId\":\"a-1\","
                + "\"recordedAt\":\"2026-03-02T08:00:00Z\",\"region\":\"320211\",\"registrationRegion\":\"410102\","
                + "\"reportedBy\":\"320200\",\"sex\":\"F\"}");
  }

  @Test
  void aSealedEventsHashIsTheSha256OfItsEncodingWithoutTheHash() {
    FactRecorded sealed = EventHashes.seal(ARRIVAL);

    assertThat(sealed.hash()).isEqualTo(EventHashes.sha256(CanonicalJson.bytes(ARRIVAL)));
    assertThat(EventHashes.expectedHash(sealed)).isEqualTo(sealed.hash());
  }

  @Test
  void changingAnyFieldChangesTheHash() {
    FactRecorded sealed = EventHashes.seal(ARRIVAL);
    FactRecorded altered =
        new FactRecorded(
            "pkey",
            1,
            "a-1",
            "320211",
            "320200",
            LocalDate.of(2026, 3, 2),
            "410102",
            new ArrivalRegistered("410102"),
            sealed.recordedAt(),
            EventHashes.GENESIS,
            sealed.hash(),
            "F",
            LocalDate.of(1990, 3, 7),
            null);

    assertThat(EventHashes.expectedHash(altered)).isNotEqualTo(sealed.hash());
  }

  @Test
  void theStoredFormMinusItsHashPropertyIsExactlyTheHashedBytes() {
    FactRecorded sealed = EventHashes.seal(ARRIVAL);
    String stored = new String(CanonicalJson.bytes(sealed), StandardCharsets.UTF_8);

    String unsealed = stored.replace("\"hash\":\"" + sealed.hash() + "\",", "");

    assertThat(EventHashes.sha256(unsealed.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(sealed.hash());
  }
}
