package org.tongchou.hub.publishing.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.PublishedEvent;

class PublishedEventsTest {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();
  static final FactRecorded ARRIVAL =
      EventHashes.seal(
          new FactRecorded(
              "pkey",
              3,
              "a-1",
              "320211",
              "320200",
              LocalDate.of(2026, 3, 1),
              "410102",
              new ArrivalRegistered("410102"),
              Instant.parse("2026-03-02T08:00:00Z"),
              "prev",
              null,
              "F",
              LocalDate.of(1990, 3, 7),
              null));

  @Test
  void aRecordIsKeyedByThePersonKeyAndItsHeadersRepeatTheEventsIdTypeRegionTimePositionAndHash()
      throws Exception {
    PublishedEvents.Record record = PublishedEvents.of(ARRIVAL, "e-1", 42, REGIONS);

    assertThat(record.key()).isEqualTo("pkey");
    Map<String, String> headers =
        record.headers().entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, e -> new String(e.getValue(), StandardCharsets.UTF_8)));
    assertThat(headers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "tongchou-event-id",
                "e-1",
                "tongchou-event-type",
                "FactRecorded",
                "tongchou-reporting-region",
                "320211",
                "tongchou-recorded-at",
                "2026-03-02T08:00:00Z",
                "tongchou-position",
                "42",
                "tongchou-hash",
                ARRIVAL.hash()));
  }

  @Test
  void theValueIsAPublishedEventCarryingTheFeedsFormOfTheFact() throws Exception {
    PublishedEvent event =
        PublishedEvent.parseFrom(PublishedEvents.of(ARRIVAL, "e-1", 42, REGIONS).value());

    assertThat(event.getEventId()).isEqualTo("e-1");
    assertThat(event.getPosition()).isEqualTo(42);
    assertThat(event.getPersonSequence()).isEqualTo(3);
    assertThat(event.getPreviousHash()).isEqualTo("prev");
    assertThat(event.getRecordedAt().getSeconds()).isEqualTo(ARRIVAL.recordedAt().getEpochSecond());
    assertThat(event.getFact().getPersonKey()).isEqualTo("pkey");
    assertThat(event.getFact().getRecorded().getFact().getRecordId()).isEqualTo("a-1");
    assertThat(event.getFact().getRecorded().getReceipt().getEventId()).isEqualTo("e-1");
  }

  @Test
  void anIdentityLinkIsPublishedAsTheFeedsIdentityChangeNamedByTheRegionThatConfirmedIt()
      throws Exception {
    IdentityLinked linked =
        new IdentityLinked(
            "alias",
            2,
            "link-1",
            "primary",
            "alias",
            "320200",
            "410000",
            Instant.parse("2026-03-05T08:00:00Z"),
            "prev",
            "hash");

    PublishedEvent event =
        PublishedEvent.parseFrom(PublishedEvents.of(linked, "e-2", 43, REGIONS).value());

    assertThat(event.getType()).isEqualTo("IdentityLinked");
    assertThat(event.getReportingRegion()).isEqualTo("410000");
    assertThat(event.getIdentity().getChange()).isEqualTo("linked");
    assertThat(event.getIdentity().getPrimaryKey()).isEqualTo("primary");
  }
}
