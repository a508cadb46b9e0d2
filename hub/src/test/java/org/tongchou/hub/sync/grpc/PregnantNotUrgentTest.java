package org.tongchou.hub.sync.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongchou.hub.person.domain.fact.VerificationRequested;
import org.tongchou.hub.person.grpc.FactWriter;
import org.tongchou.proto.v1.Fact;

/**
 * v1 named the pregnancy of a verification request {@code urgent}; {@code pregnant} is its clear
 * name (issue #13). Either on the wire means pregnant, and the hub sends both, so that clients of
 * either name read the same.
 */
class PregnantNotUrgentTest {

  @ParameterizedTest
  @CsvSource({"false, false, false", "true, false, true", "false, true, true", "true, true, true"})
  @SuppressWarnings("deprecation")
  void givenEitherNameWhenARequestIsReadThenThePregnancyIsKeptAndBothNamesAreSentOn(
      boolean urgent, boolean pregnant, boolean expected) {
    Fact wire =
        EveryFactTypeEndToEndTest.wireFact(
                Fact.DataCase.VERIFICATION_REQUESTED, "r-pregnant", "2026-03-01")
            .toBuilder()
            .setVerificationRequested(
                org.tongchou.proto.v1.VerificationRequested.newBuilder()
                    .setTopic("childbearing")
                    .setUrgent(urgent)
                    .setPregnant(pregnant))
            .build();

    VerificationRequested read = (VerificationRequested) FactMapper.toDomain(wire).data();
    Fact sent = FactWriter.toProto("r-pregnant", "320211", LocalDate.of(2026, 3, 1), null, read);

    assertThat(read.pregnant()).isEqualTo(expected);
    assertThat(sent.getVerificationRequested().getPregnant()).isEqualTo(expected);
    assertThat(sent.getVerificationRequested().getUrgent()).isEqualTo(expected);
  }
}
