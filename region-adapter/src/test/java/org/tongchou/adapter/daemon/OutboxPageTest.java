package org.tongchou.adapter.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongchou.adapter.facts.FactLineMapper;
import org.tongchou.adapter.facts.Refusal;
import org.tongchou.adapter.hub.FactAnswer;
import org.tongchou.adapter.hub.HubReceipt;
import org.tongchou.adapter.hub.PushResult;
import org.tongchou.adapter.local.OutboxRow;
import org.tongchou.adapter.local.RowOutcome;

class OutboxPageTest {

  static final HubReceipt RECEIPT =
      new HubReceipt("e-1", 41, Instant.parse("2026-03-02T08:00:00Z"), "ab".repeat(32));

  static String fact(String recordId) {
    return "{\"recordId\": \""
        + recordId
        + "\", \"type\": \"ArrivalRegistered\", \"region\": \"320211\","
        + " \"occurredOn\": \"2026-03-01\", \"person\": {\"idNumber\": \"410102199003071521\"}, \"data\": {}}";
  }

  static PushResult answered(FactAnswer... answers) {
    return new PushResult(0, 0, 0, 0, List.of(), List.of(answers), Optional.empty(), 0, 0);
  }

  @Test
  void aRowThatCannotBeMappedIsRefusedHereAndNeverSent() {
    OutboxPage page =
        new OutboxPage(
            List.of(
                new OutboxRow(1, fact("a")),
                new OutboxRow(2, fact("b").replace("ArrivalRegistered", "ArrivalRecorded")),
                new OutboxRow(3, fact("c"))),
            new FactLineMapper());

    assertThat(page.pushedIds()).containsExactly(1L, 3L);
    assertThat(page.facts()).extracting(f -> f.recordId()).containsExactly("a", "c");
    assertThat(page.refusedHere())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.id()).isEqualTo(2);
              assertThat(row.code()).isEqualTo("INVALID_ARGUMENT");
              assertThat(row.refusal())
                  .startsWith("type  INVALID_ARGUMENT  unknown type \"ArrivalRecorded\"")
                  .endsWith("(refused by the adapter, never sent)");
            });
  }

  @Test
  void everyAnswerGoesBackToItsRowAndAnUnansweredRowStaysPending() {
    OutboxPage page =
        new OutboxPage(
            List.of(
                new OutboxRow(7, fact("a")),
                new OutboxRow(8, fact("b")),
                new OutboxRow(9, fact("c"))),
            new FactLineMapper());

    List<RowOutcome> outcomes =
        page.outcomes(
            answered(
                new FactAnswer("a", FactAnswer.Kind.ACCEPTED, Optional.of(RECEIPT), List.of()),
                new FactAnswer("b", FactAnswer.Kind.DUPLICATE, Optional.of(RECEIPT), List.of()),
                new FactAnswer("c", FactAnswer.Kind.NOT_ANSWERED, Optional.empty(), List.of())));

    assertThat(outcomes)
        .containsExactly(
            new RowOutcome(7, RowOutcome.State.ACCEPTED, "OK", "", Optional.of(RECEIPT)),
            new RowOutcome(8, RowOutcome.State.DUPLICATE, "OK", "", Optional.of(RECEIPT)));
  }

  @Test
  void aRefusalKeepsEveryFieldAndAnAlreadyUsedRecordIdNamesTheFactHoldingIt() {
    OutboxPage page =
        new OutboxPage(
            List.of(new OutboxRow(3, fact("a")), new OutboxRow(4, fact("b"))),
            new FactLineMapper());

    List<RowOutcome> outcomes =
        page.outcomes(
            answered(
                new FactAnswer(
                    "a",
                    FactAnswer.Kind.REFUSED,
                    Optional.empty(),
                    List.of(
                        new Refusal(
                            1,
                            "a",
                            "person.idNumber",
                            "INVALID_ARGUMENT",
                            "check character is wrong"),
                        new Refusal(
                            1,
                            "a",
                            "person.sex",
                            "INVALID_ARGUMENT",
                            "disagrees with the ID number"))),
                new FactAnswer(
                    "b",
                    FactAnswer.Kind.REFUSED,
                    Optional.of(RECEIPT),
                    List.of(
                        new Refusal(
                            2, "b", "recordId", "ALREADY_EXISTS", "used for another fact")))));

    assertThat(outcomes.get(0).refusal())
        .isEqualTo(
            "person.idNumber  INVALID_ARGUMENT  check character is wrong\nperson.sex  INVALID_ARGUMENT  disagrees with the ID number");
    assertThat(outcomes.get(1))
        .satisfies(
            row -> {
              assertThat(row.code()).isEqualTo("ALREADY_EXISTS");
              assertThat(row.refusal())
                  .endsWith("the fact recorded under this recordId: event e-1 at position 41");
              assertThat(row.receipt())
                  .isEmpty(); // the receipt is the other fact's, not this row's
            });
  }
}
