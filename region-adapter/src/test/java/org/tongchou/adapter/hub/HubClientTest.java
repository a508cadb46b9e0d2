package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.tongchou.proto.v1.Timeline;

class HubClientTest extends InProcessHubTest {

  @Test
  void aKnownPersonsTimelineIsReturned() throws Exception {
    Timeline timeline = client.timeline(FakePersons.KNOWN, "test");

    assertThat(timeline.getName()).isEqualTo("王芳");
    assertThat(TimelineText.lines(timeline))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(
                        "#1",
                        "2026-03-01",
                        "ArrivalRegistered",
                        "position 1234",
                        "hash 3f9a0c1d2e4b ",
                        "{\"from\":\"410102\"}"));
  }

  @Test
  void anInvalidIdNumberFailsWithItsFieldViolation() {
    HubCallException e =
        catchThrowableOfType(HubCallException.class, () -> client.timeline("4101", ""));

    assertThat(e.code()).isEqualTo("INVALID_ARGUMENT");
    assertThat(e.violations()).containsExactly("id_number: must be 18 characters or 15 digits");
    assertThat(e.hubNotReached()).isFalse();
  }

  @Test
  void anUnknownPersonIsNotFound() {
    HubCallException e =
        catchThrowableOfType(
            HubCallException.class, () -> client.timeline("110105194912310021", ""));

    assertThat(e.code()).isEqualTo("NOT_FOUND");
    assertThat(e.getMessage()).isEqualTo("NOT_FOUND: no such person");
  }

  @Test
  void aRejectedCredentialMeansTheHubWasNotReached() {
    try (HubClient stranger = hub.client("nope")) {
      HubCallException e =
          catchThrowableOfType(
              HubCallException.class, () -> stranger.timeline(FakePersons.KNOWN, ""));

      assertThat(e.code()).isEqualTo("UNAUTHENTICATED");
      assertThat(e.hubNotReached()).isTrue();
    }
  }
}
