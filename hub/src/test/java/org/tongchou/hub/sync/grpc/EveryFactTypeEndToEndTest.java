package org.tongchou.hub.sync.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongchou.hub.erasure.app.PersonalTexts;
import org.tongchou.hub.erasure.domain.PersonalFields;
import org.tongchou.hub.feed.grpc.FeedItems;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.person.app.ErasePerson;
import org.tongchou.hub.person.app.PersonCommand;
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.FactValidator;
import org.tongchou.hub.person.domain.KnownFact;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.RecordFact;
import org.tongchou.hub.person.domain.ValidatedFact;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.grpc.FactWriter;
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.publishing.grpc.PublishedEvents;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.stream.domain.PersonDecider;
import org.tongchou.hub.stream.domain.PersonStream;
import org.tongchou.hub.stream.domain.Sealing;
import org.tongchou.hub.testing.DomainFacts;
import org.tongchou.hub.testing.Facts;
import org.tongchou.proto.v1.Child;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.PublishedEvent;
import org.tongchou.proto.v1.ResidencePermit;

/**
 * Every data case of the wire's {@code Fact} (issue #13), walked through every place that handles
 * fact types: read into a domain fact type, validated, recorded by the person decider, folded into
 * the person's state, written back onto the wire (timeline, feed, the published Kafka value),
 * sealed and revealed, and erased. The cases come from {@link Fact.DataCase#values()}, so a case
 * added to the proto fails here until it is carried through; {@link #wireFact} switches over them
 * exhaustively, so it fails to compile first.
 */
class EveryFactTypeEndToEndTest {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();
  static final String COUNTY = Facts.WUXI_BINHU;
  static final String SEALED = "sealed:";

  /** Seals a text by marking it, so a test sees which texts went through the sealing. */
  static final Sealing MARKING =
      new Sealing() {
        @Override
        public String seal(String personKey, String text) {
          return SEALED + text;
        }

        @Override
        public FactData seal(String personKey, FactData data) {
          return PersonalFields.map(data, text -> SEALED + text);
        }

        @Override
        public String digestName(String personKey, String name) {
          return "digest:" + name;
        }
      };

  static final UnaryOperator<String> REVEAL =
      text -> text.startsWith(SEALED) ? text.substring(SEALED.length()) : text;

  private final PersonStream person = new PersonStream();
  private final List<PersonEvent> stream = new ArrayList<>();
  private int day = 1;

  @ParameterizedTest
  @EnumSource(value = Fact.DataCase.class, names = "DATA_NOT_SET", mode = EnumSource.Mode.EXCLUDE)
  void everyWireFactTypeIsReadValidatedRecordedFoldedWrittenBackPublishedAndErased(
      Fact.DataCase dataCase) {
    record(wireFact(Fact.DataCase.ARRIVAL_REGISTERED, "r-0", "2026-03-10"));
    Fact wire = wireFact(dataCase, "r-1", "2026-04-01");

    ReportedFact reported = FactMapper.toDomain(wire);
    assertThat(reported.readProblems()).isEmpty();
    assertThat(reported.data().typeName()).isEqualTo(typeName(dataCase));

    FactRecorded recorded = record(wire);
    assertThat(recorded.data().typeName()).isEqualTo(typeName(dataCase));

    KnownFact known = person.state().record(COUNTY, "r-1").orElseThrow();
    assertThat(known.data()).isEqualTo(recorded.data());

    FactRecorded revealed = (FactRecorded) PersonalFields.map(recorded, REVEAL);
    assertThat(revealed.hash()).isEqualTo(recorded.hash());
    Fact written =
        FactWriter.toProto(
            revealed.recordId(),
            revealed.region(),
            revealed.occurredOn(),
            revealed.registrationRegion(),
            revealed.data());
    assertThat(written.getDataCase()).isEqualTo(dataCase);
    assertThat(data(written)).isEqualTo(data(wire));

    assertThat(
            FeedItems.event(recorded, "e-1", 2, REGIONS)
                .getFact()
                .getRecorded()
                .getFact()
                .getDataCase())
        .isEqualTo(dataCase);
    PublishedEvent published = published(recorded);
    assertThat(published.getType()).isEqualTo("FactRecorded");
    assertThat(published.getFact().getRecorded().getFact().getDataCase()).isEqualTo(dataCase);

    Decision erasure =
        decide(new ErasePerson(DomainFacts.KEY, "national", "case 2026-1", at()), at());
    assertThat(erasure).isInstanceOf(Decision.Accepted.class);
    assertThat(person.state().erasure()).isPresent();
    FactRecorded erased = (FactRecorded) PersonalFields.map(recorded, text -> PersonalTexts.ERASED);
    assertThat(erased.hash()).isEqualTo(recorded.hash());
    Fact shown =
        FactWriter.toProto(
            erased.recordId(), erased.region(), erased.occurredOn(), null, erased.data());
    assertThat(shown.getDataCase()).isEqualTo(dataCase);
    assertThat(shown.toString()).doesNotContain(SEALED);
    assertThat(
            decide(
                recordCommand(wireFact(Fact.DataCase.SERVICE_DELIVERED, "r-2", "2026-05-01")),
                at()))
        .isInstanceOf(Decision.Refused.class);
  }

  /** One valid wire fact of each data case, of the woman DomainFacts knows. */
  static Fact wireFact(Fact.DataCase dataCase, String recordId, String occurredOn) {
    Fact.Builder f =
        Fact.newBuilder()
            .setRecordId(recordId)
            .setRegion(COUNTY)
            .setOccurredOn(occurredOn)
            .setPerson(Facts.person(DomainFacts.ID));
    ResidencePermit permit =
        ResidencePermit.newBuilder()
            .setPermitNumber("P-320211-0001")
            .setValidUntil("2027-12-31")
            .build();
    return switch (dataCase) {
      case PERSON_REGISTERED ->
          f.setPersonRegistered(org.tongchou.proto.v1.PersonRegistered.getDefaultInstance())
              .build();
      case DEPARTURE_REPORTED ->
          f.setDepartureReported(
                  org.tongchou.proto.v1.DepartureReported.newBuilder().setTo(Facts.WUXI_BINHU))
              .build();
      case ARRIVAL_REGISTERED ->
          f.setArrivalRegistered(
                  org.tongchou.proto.v1.ArrivalRegistered.newBuilder()
                      .setFrom(Facts.ZHENGZHOU_ZHONGYUAN))
              .build();
      case RESIDENCE_ENDED ->
          f.setResidenceEnded(
                  org.tongchou.proto.v1.ResidenceEnded.newBuilder().setReason("moved_on"))
              .build();
      case RESIDENCE_PERMIT_ISSUED -> f.setResidencePermitIssued(permit).build();
      case RESIDENCE_PERMIT_ENDORSED -> f.setResidencePermitEndorsed(permit).build();
      case RESIDENCE_PERMIT_LAPSED -> f.setResidencePermitLapsed(permit).build();
      case CERTIFICATE_ISSUED ->
          f.setCertificateIssued(
                  org.tongchou.proto.v1.CertificateIssued.newBuilder()
                      .setCertificateNumber("C-410102-0001")
                      .setValidUntil("2027-12-31")
                      .setMaritalStatus("married")
                      .setChildren(1)
                      .setContraception("IUD since 2020"))
              .build();
      case CERTIFICATE_VERIFIED ->
          f.setCertificateVerified(
                  org.tongchou.proto.v1.CertificateVerified.newBuilder()
                      .setCertificateNumber("C-410102-0001")
                      .setResult("valid"))
              .build();
      case AGREEMENT_SIGNED ->
          f.setAgreementSigned(
                  org.tongchou.proto.v1.AgreementSigned.newBuilder()
                      .setKind("contract")
                      .setParty("landlord"))
              .build();
      case SERVICE_DELIVERED ->
          f.setServiceDelivered(
                  org.tongchou.proto.v1.ServiceDelivered.newBuilder().setService("child_health"))
              .build();
      case PREGNANCY_REPORTED ->
          f.setPregnancyReported(
                  org.tongchou.proto.v1.PregnancyReported.newBuilder().setExpectedOn("2026-10-01"))
              .build();
      case BIRTH_REGISTERED ->
          f.setBirthRegistered(
                  org.tongchou.proto.v1.BirthRegistered.newBuilder()
                      .setChild(
                          Child.newBuilder().setSex("F").setBornOn("2026-03-20").setBirthOrder(1)))
              .build();
      case VERIFICATION_REQUESTED ->
          f.setVerificationRequested(
                  org.tongchou.proto.v1.VerificationRequested.newBuilder()
                      .setTopic("marital_status")
                      // Both names: the hub sends both (PregnantNotUrgentTest reads each alone).
                      .setUrgent(true)
                      .setPregnant(true))
              .build();
      case VERIFICATION_ANSWERED ->
          f.setVerificationAnswered(
                  org.tongchou.proto.v1.VerificationAnswered.newBuilder()
                      .setRequestRecordId("r-0")
                      .setRequestRegion(COUNTY)
                      .setAnswer("confirmed")
                      .setNote("checked against the register"))
              .build();
      case RECORD_CORRECTED ->
          f.setRecordCorrected(
                  org.tongchou.proto.v1.RecordCorrected.newBuilder()
                      .setCorrects("r-0")
                      .setReason("wrong origin")
                      .setFact(
                          Fact.newBuilder()
                              .setRegion(COUNTY)
                              .setOccurredOn("2026-03-11")
                              .setArrivalRegistered(
                                  org.tongchou.proto.v1.ArrivalRegistered.newBuilder()
                                      .setFrom("410100"))))
              .build();
      case DATA_NOT_SET -> f.build();
    };
  }

  /** The wire fact validated, decided and applied; answers the fact event it recorded. */
  private FactRecorded record(Fact wire) {
    Decision decision = decide(recordCommand(wire), at());
    assertThat(decision)
        .as("%s is recorded", wire.getDataCase())
        .isInstanceOf(Decision.Accepted.class);
    return ((Decision.Accepted) decision)
        .events().stream()
            .filter(FactRecorded.class::isInstance)
            .map(FactRecorded.class::cast)
            .filter(e -> e.recordId().equals(wire.getRecordId()))
            .findFirst()
            .orElseThrow();
  }

  private PersonCommand recordCommand(Fact wire) {
    ReportedFact reported = FactMapper.toDomain(wire);
    FactValidator.Result result =
        new FactValidator(REGIONS).validate(reported, Facts.WUXI, DomainFacts.TODAY);
    assertThat(result)
        .as("%s is valid", wire.getDataCase())
        .isInstanceOf(FactValidator.Valid.class);
    ValidatedFact valid = ((FactValidator.Valid) result).fact();
    return new RecordPersonFact(
        DomainFacts.KEY, new RecordFact(DomainFacts.KEY, valid, Facts.WUXI, at(), null));
  }

  private Decision decide(PersonCommand command, Instant now) {
    return PersonDecider.decide(
            command,
            person,
            new PersonDecider.Context(
                ShippedPolicies.book(), REGIONS, new PersonAccess(REGIONS), MARKING, now),
            this::apply)
        .decision();
  }

  private void apply(PersonEvent event) {
    stream.add(event);
    person.evolve(event);
  }

  /** Each step a day after the last, in November 2026 (after every fact's date). */
  private Instant at() {
    return BusinessDates.startOf(DomainFacts.TODAY.minusDays(20).plusDays(day++)).plusSeconds(3600);
  }

  private static PublishedEvent published(FactRecorded event) {
    try {
      return PublishedEvent.parseFrom(PublishedEvents.of(event, "e-1", 2, REGIONS).value());
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }

  /** The message the fact's one data case holds. */
  private static Message data(Fact fact) {
    FieldDescriptor field = Fact.getDescriptor().findFieldByNumber(fact.getDataCase().getNumber());
    return (Message) fact.getField(field);
  }

  /** PERSON_REGISTERED → PersonRegistered: the domain type FACTS.md names the same. */
  private static String typeName(Fact.DataCase dataCase) {
    return Arrays.stream(dataCase.name().split("_"))
        .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining());
  }
}
