package org.tongchou.hub.sync.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongchou.hub.testing.Facts.HENAN;
import static org.tongchou.hub.testing.Facts.WUXI;
import static org.tongchou.hub.testing.Facts.WUXI_BINHU;

import com.google.rpc.Code;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AgreementSigned;
import org.tongchou.proto.v1.BirthRegistered;
import org.tongchou.proto.v1.CertificateIssued;
import org.tongchou.proto.v1.CertificateVerified;
import org.tongchou.proto.v1.Child;
import org.tongchou.proto.v1.DepartureReported;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.PersonRegistered;
import org.tongchou.proto.v1.PregnancyReported;
import org.tongchou.proto.v1.RecordCorrected;
import org.tongchou.proto.v1.ResidenceEnded;
import org.tongchou.proto.v1.ResidencePermit;
import org.tongchou.proto.v1.ServiceDelivered;
import org.tongchou.proto.v1.Timeline;
import org.tongchou.proto.v1.VerificationAnswered;
import org.tongchou.proto.v1.VerificationRequested;

/** Every type of FACTS.md goes in over the wire and comes back out of the timeline unchanged. */
@PostgresHub
class EveryFactTypeOverGrpcIT {

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  HubClient wuxi;
  HubClient henan;

  @BeforeEach
  void connect() {
    wuxi = TestHub.clientFor(context, WUXI);
    henan = TestHub.clientFor(context, HENAN);
  }

  @AfterEach
  void disconnect() {
    wuxi.close();
    henan.close();
  }

  static Fact.Builder fact(String id, String on) {
    return Facts.arrival(id, WUXI_BINHU, on).toBuilder().clearArrivalRegistered();
  }

  static List<Fact> everyType(String id, String childId) {
    ResidencePermit permit =
        ResidencePermit.newBuilder().setPermitNumber("P-1").setValidUntil("2027-03-01").build();
    List<Fact> facts = new ArrayList<>();
    facts.add(Facts.arrival(id, WUXI_BINHU, "2026-03-01"));
    facts.add(
        fact(id, "2026-03-02").setPersonRegistered(PersonRegistered.getDefaultInstance()).build());
    facts.add(
        fact(id, "2026-03-03")
            .setDepartureReported(DepartureReported.newBuilder().setTo("320508"))
            .build());
    facts.add(fact(id, "2026-03-04").setResidencePermitIssued(permit).build());
    facts.add(fact(id, "2026-03-05").setResidencePermitEndorsed(permit).build());
    facts.add(fact(id, "2026-03-06").setResidencePermitLapsed(permit).build());
    facts.add(
        fact(id, "2026-03-07")
            .setCertificateIssued(
                CertificateIssued.newBuilder()
                    .setCertificateNumber("C-1")
                    .setValidUntil("2029-01-01")
                    .setMaritalStatus("married")
                    .setChildren(1)
                    .setContraception("IUD"))
            .build());
    facts.add(
        fact(id, "2026-03-08")
            .setCertificateVerified(
                CertificateVerified.newBuilder().setCertificateNumber("C-1").setResult("valid"))
            .build());
    facts.add(
        fact(id, "2026-03-09")
            .setAgreementSigned(
                AgreementSigned.newBuilder().setKind("contract").setParty("landlord"))
            .build());
    facts.add(
        fact(id, "2026-03-10")
            .setServiceDelivered(ServiceDelivered.newBuilder().setService("prenatal_care"))
            .build());
    facts.add(
        fact(id, "2026-03-11")
            .setPregnancyReported(PregnancyReported.newBuilder().setExpectedOn("2026-10-01"))
            .build());
    facts.add(
        fact(id, "2026-10-02")
            .setBirthRegistered(
                BirthRegistered.newBuilder()
                    .setChild(
                        Child.newBuilder()
                            .setIdNumber(childId)
                            .setSex("M")
                            .setBornOn("2026-10-01")
                            .setBirthOrder(1)))
            .build());
    facts.add(
        fact(id, "2026-03-12")
            .setVerificationRequested(
                VerificationRequested.newBuilder()
                    .setTopic("marital_status")
                    .setUrgent(true)
                    .setPregnant(true))
            .build());
    facts.add(
        fact(id, "2026-03-13")
            .setVerificationAnswered(
                VerificationAnswered.newBuilder()
                    .setRequestRecordId("v-1")
                    .setRequestRegion("320211")
                    .setAnswer("confirmed")
                    .setNote("ok"))
            .build());
    facts.add(
        fact(id, "2026-10-03")
            .setResidenceEnded(ResidenceEnded.newBuilder().setReason("returned_home"))
            .build());
    facts.add(
        fact(id, "2026-10-04")
            .setRecordCorrected(
                RecordCorrected.newBuilder()
                    .setCorrects(facts.get(0).getRecordId())
                    .setReason("wrong date")
                    .setFact(
                        Facts.arrival(id, WUXI_BINHU, "2026-02-27").toBuilder().clearRecordId()))
            .build());
    return facts;
  }

  @Test
  void everyFactTypeIsRecordedAndReadBackAsSentWithoutIdentities() {
    String id = IdNumbers.woman("410102");
    String childId = IdNumbers.of("320211", LocalDate.of(2026, 10, 1), 17);
    List<Fact> sent = everyType(id, childId);

    List<FactOutcome> outcomes = wuxi.submit(sent);

    assertThat(outcomes).extracting(FactOutcome::getKind).containsOnly(FactOutcome.Kind.ACCEPTED);
    Timeline timeline = henan.timeline(id);
    assertThat(timeline.getFactsList()).hasSize(sent.size());
    for (int i = 0; i < sent.size(); i++) {
      Fact back = timeline.getFacts(i).getFact();
      assertThat(back.getDataCase()).isEqualTo(sent.get(i).getDataCase());
      assertThat(back.getOccurredOn()).isEqualTo(sent.get(i).getOccurredOn());
      assertThat(withoutIdentity(back))
          .as(sent.get(i).getDataCase().name())
          .isEqualTo(withoutIdentity(expectedBack(sent.get(i))));
    }
    assertThat(timeline.getResidences(0).getFrom()).isEqualTo("2026-02-27");
    long leaks =
        jdbc.queryForObject(
            "SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') "
                + "LIKE ? OR convert_from(payload, 'UTF8') LIKE ? OR convert_from(payload, 'UTF8') LIKE ?",
            Long.class,
            "%" + id + "%",
            "%" + childId + "%",
            "%王芳%");
    assertThat(leaks).as("events holding an ID number or a name").isZero();
  }

  /** The hub does not echo identities: no ID number, no name, no child ID number. */
  static Fact expectedBack(Fact sent) {
    Fact.Builder back = sent.toBuilder();
    back.setPerson(sent.getPerson().toBuilder().clearIdNumber().clearName().clearSex());
    if (sent.hasBirthRegistered()) {
      back.setBirthRegistered(
          sent.getBirthRegistered().toBuilder()
              .setChild(sent.getBirthRegistered().getChild().toBuilder().clearIdNumber()));
    }
    if (sent.hasRecordCorrected()) {
      back.setRecordCorrected(
          sent.getRecordCorrected().toBuilder()
              .setFact(sent.getRecordCorrected().getFact().toBuilder().clearPerson()));
    }
    return back.build();
  }

  static Fact withoutIdentity(Fact fact) {
    return fact.toBuilder()
        .setPerson(fact.getPerson().toBuilder().clearIdNumber().clearName().clearSex())
        .build();
  }

  @Test
  void anOverlongNameOrAControlCharacterIsRefusedByFieldAndTheRestOfTheBatchIsRecorded() {
    String id = IdNumbers.woman("410102");
    Fact longName =
        Facts.arrival(id, WUXI_BINHU, "2026-03-01").toBuilder()
            .setPerson(Facts.person(id).toBuilder().setName("王".repeat(101)))
            .build();
    Fact nul =
        Facts.arrival(id, WUXI_BINHU, "2026-03-01").toBuilder().setRecordId("r-\u0000-1").build();
    Fact good = Facts.arrival(id, WUXI_BINHU, "2026-03-01");

    List<FactOutcome> outcomes = wuxi.submit(List.of(longName, nul, good));

    assertThat(outcomes)
        .extracting(FactOutcome::getKind)
        .containsExactly(
            FactOutcome.Kind.REFUSED, FactOutcome.Kind.REFUSED, FactOutcome.Kind.ACCEPTED);
    assertThat(Refusals.fields(outcomes.get(0).getRefusal())).containsExactly("person.name");
    assertThat(Refusals.fields(outcomes.get(1).getRefusal())).containsExactly("recordId");
    assertThat(outcomes.get(1).getRefusal().getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE);
  }

  @Test
  void aChildFirstMetInABirthRecordGetsANameWhenFirstReportedAsAPerson() {
    String mother = IdNumbers.woman("410102");
    String childId = IdNumbers.of("410102", LocalDate.of(2026, 9, 1), 32);
    wuxi.submit(
        List.of(
            Facts.arrival(mother, WUXI_BINHU, "2026-03-01"),
            fact(mother, "2026-09-02")
                .setBirthRegistered(
                    BirthRegistered.newBuilder()
                        .setChild(
                            Child.newBuilder()
                                .setIdNumber(childId)
                                .setSex("F")
                                .setBornOn("2026-09-01")
                                .setBirthOrder(1)))
                .build()));

    wuxi.submitOne(
        Facts.arrival(childId, WUXI_BINHU, "2026-09-03").toBuilder()
            .setPerson(Facts.person(childId).toBuilder().setName("王小妹"))
            .build());

    assertThat(henan.timeline(childId).getName()).isEqualTo("王小妹");
  }
}
