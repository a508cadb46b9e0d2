package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.facts.Refusal;
import org.tongchou.proto.v1.SubmitRequest;

class FactPusherTest extends InProcessHubTest {

  private static final ReconnectPolicy QUICK =
      new ReconnectPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));

  @Test
  void factsGoInNumberedBatchesAndEveryFactGetsItsOutcome() throws Exception {
    PushResult result = pusher(200).push(PushFixtures.facts("r", 450), ProgressListener.NONE);

    assertThat(result.accepted()).isEqualTo(450);
    assertThat(result.notSent()).isZero();
    assertThat(result.failure()).isEmpty();
    assertThat(hub.regionSync.received)
        .extracting(SubmitRequest::getBatchSequence)
        .containsExactly(1L, 2L, 3L);
    assertThat(hub.regionSync.received)
        .extracting(SubmitRequest::getFactsCount)
        .containsExactly(200, 200, 50);
  }

  @Test
  void anImportsPusherMarksEveryBatchAsAnImportAndAPushsMarksNone() throws Exception {
    pusher(10).push(PushFixtures.facts("live", 15), ProgressListener.NONE);
    pusher(10).asImport().push(PushFixtures.facts("history", 15), ProgressListener.NONE);

    assertThat(hub.regionSync.received)
        .extracting(SubmitRequest::getImported)
        .containsExactly(false, false, true, true);
  }

  @Test
  void theCredentialTravelsAsABearerAuthorizationHeader() throws Exception {
    pusher(10).push(PushFixtures.facts("r", 1), ProgressListener.NONE);

    assertThat(hub.authorizations).containsOnly("Bearer " + FakeHub.TOKEN);
  }

  @Test
  void pushingTheSameFactsAgainReturnsDuplicates() throws Exception {
    pusher(10).push(PushFixtures.facts("r", 25), ProgressListener.NONE);

    PushResult again = pusher(10).push(PushFixtures.facts("r", 25), ProgressListener.NONE);

    assertThat(again.duplicate()).isEqualTo(25);
    assertThat(again.accepted()).isZero();
  }

  @Test
  void aStreamCutWithUnavailableIsReopenedAndUnansweredBatchesAreResent() throws Exception {
    // given a hub that records batch 2 but loses its answer
    hub.cutStreamOnceAt(2);
    // when
    PushResult result = pusher(10).push(PushFixtures.facts("r", 40), ProgressListener.NONE);
    // then batch 2 comes back as duplicates, and nothing is lost or recorded twice
    assertThat(result.failure()).isEmpty();
    assertThat(result.duplicate()).isEqualTo(10);
    assertThat(result.accepted()).isEqualTo(30);
    assertThat(hub.regionSync.recorded).hasSize(40);
  }

  @Test
  void everyFactGetsAnAnswerWithItsReceiptAndAResentOneGetsItsOriginalReceipt() throws Exception {
    hub.cutStreamOnceAt(1); // batch 1 recorded, its answer lost

    PushResult result = pusher(2).push(PushFixtures.facts("r", 3), ProgressListener.NONE);

    assertThat(result.answers())
        .extracting(FactAnswer::recordId)
        .containsExactly("r-1", "r-2", "r-3");
    assertThat(result.answers())
        .extracting(FactAnswer::kind)
        .containsExactly(
            FactAnswer.Kind.DUPLICATE, FactAnswer.Kind.DUPLICATE, FactAnswer.Kind.ACCEPTED);
    assertThat(result.answers().get(0).receipt())
        .map(HubReceipt::position)
        .contains(hub.regionSync.recorded.get("320205/r-1").getPosition());
  }

  @Test
  void factsWithoutAnAnswerAreMarkedSoWhenThePushGivesUp() throws Exception {
    try (HubClient stranger = hub.client("not-a-token")) {
      PushResult result =
          new FactPusher(stranger, 10, Duration.ofSeconds(5), QUICK)
              .push(PushFixtures.facts("r", 2), ProgressListener.NONE);

      assertThat(result.answers())
          .extracting(FactAnswer::kind)
          .containsOnly(FactAnswer.Kind.NOT_ANSWERED)
          .hasSize(2);
    }
  }

  @Test
  void refusalsNameTheLineTheRecordIdTheFieldAndTheReason() throws Exception {
    List<MappedFact> facts = new ArrayList<>(PushFixtures.facts("r", 2));
    facts.add(new MappedFact(3, PushFixtures.facts("refuse", 1).get(0).fact()));

    PushResult result = pusher(10).push(facts, ProgressListener.NONE);

    assertThat(result.refused()).isEqualTo(1);
    assertThat(result.refusals())
        .containsExactly(
            new Refusal(
                3,
                "refuse-1",
                "person.idNumber",
                "INVALID_ARGUMENT",
                "check character is wrong (ID_NUMBER_CHECK_FAILED)"));
    assertThat(result.answers().get(2).refusals()).isEqualTo(result.refusals());
  }

  @Test
  void aRejectedCredentialStopsThePushAtOnceWithAClearReason() throws Exception {
    try (HubClient stranger = hub.client("not-a-token")) {
      PushResult result =
          new FactPusher(stranger, 10, Duration.ofSeconds(5), QUICK)
              .push(PushFixtures.facts("r", 5), ProgressListener.NONE);

      assertThat(result.notSent()).isEqualTo(5);
      assertThat(result.failure())
          .hasValueSatisfying(
              why -> assertThat(why).contains("did not accept the credential", "UNAUTHENTICATED"));
      assertThat(hub.authorizations).hasSize(1); // not retried
    }
  }

  @Test
  void progressCountsAnsweredFactsUpToTheTotal() throws Exception {
    List<Integer> answered = new java.util.concurrent.CopyOnWriteArrayList<>();

    pusher(10).push(PushFixtures.facts("r", 35), (done, total) -> answered.add(done));

    assertThat(answered).containsExactly(10, 20, 30, 35);
  }

  private FactPusher pusher(int batchSize) {
    return new FactPusher(client, batchSize, Duration.ofSeconds(5), QUICK);
  }
}
