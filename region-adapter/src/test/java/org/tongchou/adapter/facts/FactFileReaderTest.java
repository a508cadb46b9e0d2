package org.tongchou.adapter.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongchou.proto.v1.Fact;

class FactFileReaderTest {

  private static final String PERSON =
      "\"person\": {\"idNumber\": \"410102199003071521\", \"name\": \"王芳\", \"sex\": \"F\", \"registrationRegion\": \"410102\"}";

  private final FactFileReader reader = new FactFileReader();

  @Test
  void everyFactTypeOfFactsMdIsMappedToItsDataCase() throws Exception {
    // given the example file with one line per FACTS.md type
    // when
    FactFile file = reader.read(resource("/facts/every-type.jsonl"));
    // then
    assertThat(file.refusals()).isEmpty();
    assertThat(
            file.facts().stream().map(f -> FactTypes.typeOf(f.fact())).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(FactTypes.names());
    assertThat(file.facts())
        .extracting(MappedFact::line)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
  }

  @Test
  void arrivalKeepsTheCommonFieldsThePersonAndItsData() throws Exception {
    Fact arrival = factOfType("ArrivalRegistered");

    assertThat(arrival.getRecordId()).isEqualTo("320205-2026-000017");
    assertThat(arrival.getRegion()).isEqualTo("320205");
    assertThat(arrival.getOccurredOn()).isEqualTo("2026-03-01");
    assertThat(arrival.getPerson().getIdNumber()).isEqualTo("410102199003071521");
    assertThat(arrival.getPerson().getName()).isEqualTo("王芳");
    assertThat(arrival.getPerson().getSex()).isEqualTo("F");
    assertThat(arrival.getPerson().getRegistrationRegion()).isEqualTo("410102");
    assertThat(arrival.getArrivalRegistered().getFrom()).isEqualTo("410102");
  }

  @Test
  void birthRegisteredCarriesTheChild() throws Exception {
    Fact birth = factOfType("BirthRegistered");

    assertThat(birth.getBirthRegistered().getChild().getSex()).isEqualTo("M");
    assertThat(birth.getBirthRegistered().getChild().getBornOn()).isEqualTo("2026-10-02");
    assertThat(birth.getBirthRegistered().getChild().getBirthOrder()).isEqualTo(2);
  }

  @Test
  void recordCorrectedCarriesItsReplacementMappedLikeATopLevelFact() throws Exception {
    Fact correction = factOfType("RecordCorrected");

    assertThat(correction.getRecordCorrected().getCorrects()).isEqualTo("320205-2026-000017");
    Fact replacement = correction.getRecordCorrected().getFact();
    assertThat(replacement.getRecordId()).isEmpty();
    assertThat(replacement.getDataCase()).isEqualTo(Fact.DataCase.ARRIVAL_REGISTERED);
    assertThat(replacement.getOccurredOn()).isEqualTo("2026-03-03");
    assertThat(replacement.getArrivalRegistered().getFrom()).isEqualTo("410102");
  }

  @Test
  void typesWithoutDataOrWithIntegersAndBooleansAreMapped() throws Exception {
    assertThat(factOfType("PersonRegistered").getDataCase())
        .isEqualTo(Fact.DataCase.PERSON_REGISTERED);
    assertThat(factOfType("CertificateIssued").getCertificateIssued().getChildren()).isEqualTo(1);
    assertThat(factOfType("VerificationRequested").getVerificationRequested().getUrgent()).isTrue();
  }

  @Test
  void malformedJsonIsRefusedWithItsLineNumber() throws IOException {
    FactFile file = read(line("r1", "PersonRegistered", ""), "{\"recordId\": \"r2\", \"type\": ");

    assertThat(file.facts()).hasSize(1);
    assertThat(file.refusals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(2);
              assertThat(r.field()).isEqualTo("-");
              assertThat(r.code()).isEqualTo("INVALID_ARGUMENT");
              assertThat(r.reason()).startsWith("malformed JSON");
            });
  }

  @Test
  void unknownTypeIsRefusedOnFieldTypeWithTheRecordId() throws IOException {
    FactFile file = read(line("r1", "PersonMoved", ""));

    assertThat(file.refusals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(1);
              assertThat(r.recordId()).isEqualTo("r1");
              assertThat(r.field()).isEqualTo("type");
              assertThat(r.reason()).contains("unknown type \"PersonMoved\"");
            });
  }

  @Test
  void missingTypeIsRefusedOnFieldType() throws IOException {
    FactFile file =
        read(
            "{\"recordId\": \"r1\", \"region\": \"320205\", \"occurredOn\": \"2026-03-01\", "
                + PERSON
                + "}");

    assertThat(file.refusals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recordId()).isEqualTo("r1");
              assertThat(r.field()).isEqualTo("type");
              assertThat(r.reason()).startsWith("missing");
            });
  }

  @Test
  void aValueOfTheWrongJsonTypeIsRefusedOnItsFactsMdPath() throws IOException {
    FactFile file =
        read(
            line(
                "r1",
                "CertificateIssued",
                ", \"data\": {\"certificateNumber\": \"HY-1\", \"children\": \"two\"}"),
            line(
                "r2",
                "BirthRegistered",
                ", \"data\": {\"child\": {\"sex\": \"M\", \"bornOn\": \"2026-01-02\", \"birthOrder\": 1.5}}"),
            line(
                "r3",
                "RecordCorrected",
                ", \"data\": {\"corrects\": \"r0\", \"fact\": {\"region\": \"320205\"}}"),
            line("r4", "ArrivalRegistered", ", \"data\": [\"410102\"]"),
            "{\"recordId\": \"r5\", \"type\": \"PersonRegistered\", \"region\": 320205}");

    assertThat(file.facts()).isEmpty();
    assertThat(file.refusals())
        .extracting(Refusal::recordId, Refusal::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("r1", "data.children"),
            org.assertj.core.groups.Tuple.tuple("r2", "data.child.birthOrder"),
            org.assertj.core.groups.Tuple.tuple("r3", "data.fact.type"),
            org.assertj.core.groups.Tuple.tuple("r4", "data"),
            org.assertj.core.groups.Tuple.tuple("r5", "region"));
    assertThat(file.refusals().get(0).reason())
        .isEqualTo("expected an integer, got the string \"two\"");
  }

  @Test
  void blankLinesAreSkippedAndLaterLinesKeepTheirFileLineNumbers() throws IOException {
    FactFile file =
        read(
            "",
            line("r1", "PersonRegistered", ""),
            "   ",
            "",
            line("r2", "PregnancyReported", ""),
            "\t");

    assertThat(file.refusals()).isEmpty();
    assertThat(file.facts()).extracting(MappedFact::line).containsExactly(2, 5);
  }

  @Test
  void fieldsThatFactsMdMayAddLaterAreIgnored() throws IOException {
    FactFile file =
        read(
            line(
                "r1",
                "ArrivalRegistered",
                ", \"data\": {\"from\": \"410102\", \"via\": \"bus\"}, \"channel\": \"app\""));

    assertThat(file.refusals()).isEmpty();
    assertThat(file.facts().get(0).fact().getArrivalRegistered().getFrom()).isEqualTo("410102");
  }

  @Test
  void aRefusedLineDoesNotStopTheLinesAfterIt() throws IOException {
    FactFile file = read(line("r1", "Nonsense", ""), line("r2", "PersonRegistered", ""));

    assertThat(file.refusals()).extracting(Refusal::line).containsExactly(1);
    assertThat(file.facts()).extracting(f -> f.fact().getRecordId()).containsExactly("r2");
  }

  private static String line(String recordId, String type, String rest) {
    return "{\"recordId\": \""
        + recordId
        + "\", \"type\": \""
        + type
        + "\", \"region\": \"320205\", "
        + "\"occurredOn\": \"2026-03-01\", "
        + PERSON
        + rest
        + "}";
  }

  private FactFile read(String... lines) throws IOException {
    return reader.read(new BufferedReader(new StringReader(String.join("\n", lines))));
  }

  private Fact factOfType(String type) throws Exception {
    return reader.read(resource("/facts/every-type.jsonl")).facts().stream()
        .map(MappedFact::fact)
        .filter(f -> FactTypes.typeOf(f).equals(type))
        .findFirst()
        .orElseThrow();
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(FactFileReaderTest.class.getResource(name).toURI());
  }
}
