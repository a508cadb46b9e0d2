package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tongchou.proto.v1.SubmitRequest;

class SteadyPushTest extends InProcessHubTest {

  @Test
  void eachFactGoesInARequestOfItsOwnByDefaultAndItsReceiptTimeIsKept() throws Exception {
    SteadyPush.Result result =
        new SteadyPush(client, 1).push(PushFixtures.facts("r", 20), 2_000, Duration.ofSeconds(5));

    assertThat(hub.regionSync.received)
        .hasSize(20)
        .allSatisfy(r -> assertThat(r.getFactsCount()).isEqualTo(1));
    assertThat(result.recordedAt()).hasSize(20).containsKey("r-7");
    assertThat(result.unanswered()).isZero();
    assertThat(result.failure()).isEmpty();
  }

  @Test
  void batchesAreNumberedAndRefusalsAreCountedApart() throws Exception {
    var facts = new java.util.ArrayList<>(PushFixtures.facts("r", 9));
    facts.add(PushFixtures.facts("refuse", 1).get(0));

    SteadyPush.Result result = new SteadyPush(client, 5).push(facts, 2_000, Duration.ofSeconds(5));

    assertThat(hub.regionSync.received)
        .extracting(SubmitRequest::getBatchSequence)
        .containsExactly(1L, 2L);
    assertThat(result.recordedAt()).hasSize(9);
    assertThat(result.refusals())
        .containsExactly("refuse-1  INVALID_ARGUMENT  invalid fact (ID_NUMBER_CHECK_FAILED)");
  }
}
