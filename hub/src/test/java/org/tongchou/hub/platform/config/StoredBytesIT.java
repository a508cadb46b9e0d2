package org.tongchou.hub.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.stream.app.PersonEventTypes;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FactOutcome;

/**
 * In the running hub, every event the store holds is the byte string the earlier path (hash, then
 * Axon's Jackson serializer over the sealed event) gives for it, and its hash is the one sealed.
 */
@PostgresHub
class StoredBytesIT {

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyStoredEventIsTheByteStringTheEarlierPathGave() {
    long before =
        jdbc.queryForObject(
            "SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry", Long.class);
    String id = IdNumbers.woman("410102");
    try (HubClient wuxi = TestHub.clientFor(context, Facts.WUXI)) {
      List<FactOutcome> outcomes =
          wuxi.submit(
              List.of(
                  Facts.arrival(id, Facts.WUXI_BINHU, "2025-03-01"),
                  Facts.service(id, Facts.WUXI_BINHU, "2026-03-05"),
                  Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-09-30")));
      assertThat(outcomes).extracting(FactOutcome::getKind).containsOnly(FactOutcome.Kind.ACCEPTED);
    }

    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT payload_type, payload FROM domain_event_entry WHERE global_index > ? "
                + "ORDER BY global_index",
            before);

    assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
    for (Map<String, Object> row : rows) {
      byte[] stored = (byte[]) row.get("payload");
      PersonEvent event = PersonEventTypes.decode((String) row.get("payload_type"), stored);
      PersonEvent unsealed = event.withHash(null);
      PersonEvent sealedTheEarlierWay =
          unsealed.withHash(EventHashes.sha256(CanonicalJson.bytes(unsealed)));
      assertThat(event.hash()).isEqualTo(sealedTheEarlierWay.hash());
      assertThat(stored)
          .isEqualTo(
              AxonConfiguration.jacksonEventSerializer()
                  .serialize(sealedTheEarlierWay, byte[].class)
                  .getData());
    }
  }
}
