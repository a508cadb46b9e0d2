package org.tongchou.hub.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.entitlement.domain.Reader;
import org.tongchou.hub.entitlement.domain.Relationship;
import org.tongchou.hub.entitlement.domain.View;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.PersonDetails;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.testing.DomainFacts;

/**
 * The need-to-know rules of docs/ACCESS.md, decided in plain Java: who a person's facts entitle,
 * what each reader sees, and that a stranger learns nothing from the answers.
 */
class NeedToKnowTest {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();
  static final PersonAccess ACCESS = new PersonAccess(REGIONS);
  static final String WUXI = "320200";
  static final String BINHU = "320211";
  static final String SUZHOU = "320500";
  static final String GUSU = "320508";
  static final String HENAN = "410000";
  static final String ZHONGYUAN = "410102";
  static final String HEBEI_SHIJIAZHUANG = "130102";

  /** One person's stream, decided and settled as the aggregate does it. */
  static final class Person {
    final PersonState state = new PersonState();
    final List<PersonEvent> stream = new ArrayList<>();
    Decision last;

    Person fact(
        String recordId,
        String region,
        String on,
        FactData data,
        String reportedBy,
        String name,
        String registration) {
      ReportedFact fact =
          new ReportedFact(
              recordId,
              region,
              LocalDate.parse(on),
              new PersonDetails(DomainFacts.ID, name, "F", registration),
              data,
              List.of());
      RecordFact command =
          DomainFacts.command(fact, reportedBy).withNameDigest(name == null ? null : "n:" + name);
      last = PersonDecisions.decide(state, command, ACCESS);
      if (last instanceof Decision.Accepted accepted) {
        accepted.events().forEach(this::apply);
        EntitlementSettlement.of(
                DomainFacts.KEY, state, accepted.entitling(), region + "/" + recordId, NOW)
            .ifPresent(this::apply);
      }
      return this;
    }

    Person arrivalInBinhu() {
      return fact(
          "a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "王芳", ZHONGYUAN);
    }

    void apply(PersonEvent event) {
      stream.add(event);
      state.evolve(event);
    }

    View viewOf(String jurisdiction) {
      return ACCESS.viewOf(Reader.of(jurisdiction, NOW), state);
    }

    <E extends PersonEvent> List<E> all(Class<E> type) {
      return stream.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  static final Instant NOW = DomainFacts.NOW;

  static CertificateIssued certificate() {
    return new CertificateIssued("HN-2026-1", LocalDate.of(2029, 1, 1), "married", 1, "IUD");
  }

  @Test
  void
      givenANewPersonWhenWuxiReportsTheirArrivalThenTheIdNumbersRegionOwnsThemAndWuxiIsTheResidence() {
    Person person = new Person().arrivalInBinhu();

    List<EntitlementChange> changes = person.all(EntitlementsChanged.class).get(0).changes();
    assertThat(changes)
        .extracting(EntitlementChange::region, EntitlementChange::relationship)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ZHONGYUAN, Relationship.OWNER),
            org.assertj.core.groups.Tuple.tuple(BINHU, Relationship.RESIDENCE));
    assertThat(person.viewOf(HENAN).seesAll()).isTrue();
    assertThat(person.viewOf(WUXI).seesIdentity()).isTrue();
    assertThat(person.viewOf(SUZHOU).readsPerson()).isFalse();
  }

  @Test
  void givenAPersonWhenAnotherRegionReportsAServiceThenItSeesOnlyItsOwnFactWithoutTheName() {
    Person person =
        new Person()
            .arrivalInBinhu()
            .fact(
                "s-1",
                GUSU,
                "2026-04-01",
                new ServiceDelivered("health_education"),
                SUZHOU,
                "王芳",
                ZHONGYUAN);

    View suzhou = person.viewOf(SUZHOU);
    assertThat(suzhou.readsPerson()).isTrue();
    assertThat(suzhou.seesIdentity()).as("writing never grants reading").isFalse();
    List<FactRecorded> facts = person.all(FactRecorded.class);
    assertThat(suzhou.sees(facts.get(1).facet())).as("its own fact").isTrue();
    assertThat(suzhou.sees(facts.get(0).facet())).as("Wuxi's arrival").isFalse();
  }

  @Test
  void givenACertificateFromTheOwnerThenTheResidenceSeesItsNumberButNotTheMaritalStatus() {
    Person person =
        new Person()
            .arrivalInBinhu()
            .fact("c-1", ZHONGYUAN, "2026-03-05", certificate(), HENAN, null, null);

    FactRecorded issued = person.all(FactRecorded.class).get(1);
    View wuxi = person.viewOf(WUXI);
    assertThat(wuxi.sees(issued.facet())).isTrue();
    CertificateIssued shown = (CertificateIssued) ((FactRecorded) issued.disclosedTo(wuxi)).data();
    assertThat(shown.certificateNumber()).isEqualTo("HN-2026-1");
    assertThat(shown.validUntil()).isEqualTo(LocalDate.of(2029, 1, 1));
    assertThat(shown.maritalStatus()).isNull();
    assertThat(shown.contraception()).isNull();
    assertThat(ACCESS.audiences(List.of(issued), person.state, NOW).get(issued.personSequence()))
        .contains(ZHONGYUAN, BINHU);
  }

  @Test
  void givenAKnownPersonWhenAnArrivalGivesAnotherNameThenItIsAMismatchAndGrantsNothing() {
    Person person =
        new Person()
            .arrivalInBinhu()
            .fact(
                "a-9",
                GUSU,
                "2026-05-01",
                new ArrivalRegistered(ZHONGYUAN),
                SUZHOU,
                "李四",
                ZHONGYUAN);

    assertThat(person.all(IdentityMismatchRecorded.class)).hasSize(1);
    assertThat(person.viewOf(SUZHOU).seesIdentity()).isFalse();
    IdentityMismatchRecorded mismatch = person.all(IdentityMismatchRecorded.class).get(0);
    assertThat(
            ACCESS.audiences(List.of(mismatch), person.state, NOW).get(mismatch.personSequence()))
        .as("the destination must not learn of it")
        .containsExactly(ZHONGYUAN);
  }

  @Test
  void givenAKnownPersonWhenAnArrivalGivesTheSameNameThenTheDestinationIsTheResidence() {
    Person person =
        new Person()
            .arrivalInBinhu()
            .fact(
                "a-9",
                GUSU,
                "2026-05-01",
                new ArrivalRegistered(ZHONGYUAN),
                SUZHOU,
                "王芳",
                ZHONGYUAN);

    assertThat(person.all(IdentityMismatchRecorded.class)).isEmpty();
    assertThat(person.viewOf(SUZHOU).seesIdentity()).isTrue();
  }

  @Test
  void givenANewPersonWhenADestinationNamesAnotherRegistrationRegionThenItIsOnlyAClaim() {
    Person person =
        new Person()
            .fact(
                "a-1",
                BINHU,
                "2026-03-01",
                new ArrivalRegistered(ZHONGYUAN),
                WUXI,
                "王芳",
                HEBEI_SHIJIAZHUANG);

    assertThat(person.all(RegistrationClaimed.class))
        .extracting(RegistrationClaimed::claimedRegion)
        .containsExactly(HEBEI_SHIJIAZHUANG);
    assertThat(person.all(FactRecorded.class).get(0).registrationRegion()).isNull();
    assertThat(person.state.registrationOn(LocalDate.of(2026, 6, 1))).isEqualTo(ZHONGYUAN);
    assertThat(person.viewOf("130000").readsPerson()).as("a claim grants nothing").isFalse();
  }

  @Test
  void givenAPersonWhenTheOwnerNamesAnotherRegistrationRegionThenTheRegistrationMovesAtOnce() {
    Person person =
        new Person()
            .arrivalInBinhu()
            .fact(
                "r-1",
                ZHONGYUAN,
                "2026-06-01",
                new ServiceDelivered("health_education"),
                HENAN,
                null,
                "410105");

    assertThat(person.all(RegistrationClaimed.class)).isEmpty();
    assertThat(person.state.registrationOn(LocalDate.of(2026, 7, 1))).isEqualTo("410105");
    assertThat(person.state.registrationOn(LocalDate.of(2026, 5, 1))).isEqualTo(ZHONGYUAN);
  }

  @Test
  void givenAStrangerWithoutANameThenTheRefusalIsTheSameWhetherOrNotThePersonExists() {
    Person unknown =
        new Person()
            .fact("e-1", GUSU, "2026-05-01", new ResidenceEnded("moved_on"), SUZHOU, null, null);
    Person known =
        new Person()
            .arrivalInBinhu()
            .fact("e-1", GUSU, "2026-05-01", new ResidenceEnded("moved_on"), SUZHOU, null, null);

    Decision.Refused first = (Decision.Refused) unknown.last;
    Decision.Refused second = (Decision.Refused) known.last;
    assertThat(second.refusal()).isEqualTo(first.refusal());
    assertThat(first.byStranger()).isTrue();
    assertThat(second.byStranger()).isTrue();
  }

  @Test
  void givenAStrangerWithANameThenEndingAResidenceIsRefusedTheSameWhetherOrNotThePersonExists() {
    Person unknown =
        new Person()
            .fact(
                "e-1", GUSU, "2026-05-01", new ResidenceEnded("moved_on"), SUZHOU, "王芳", ZHONGYUAN);
    Person known =
        new Person()
            .arrivalInBinhu()
            .fact(
                "e-1", GUSU, "2026-05-01", new ResidenceEnded("moved_on"), SUZHOU, "王芳", ZHONGYUAN);

    assertThat(((Decision.Refused) known.last).refusal())
        .isEqualTo(((Decision.Refused) unknown.last).refusal());
  }

  @Test
  void givenAStrangersAcceptedFactThenItsReceiptMayNotShowThePersonsChain() {
    Person person =
        new Person()
            .arrivalInBinhu()
            .fact(
                "s-1",
                GUSU,
                "2026-04-01",
                new ServiceDelivered("health_education"),
                SUZHOU,
                "王芳",
                ZHONGYUAN);

    assertThat(((Decision.Accepted) person.last).chainShown()).isFalse();
  }

  @Test
  void givenAResidenceThatEndedThenTheFormerResidenceNoLongerSeesNewCertificates() {
    Person person =
        new Person()
            .arrivalInBinhu()
            .fact("e-1", BINHU, "2026-05-01", new ResidenceEnded("moved_on"), WUXI, null, null)
            .fact("c-1", ZHONGYUAN, "2026-06-05", certificate(), HENAN, null, null);

    View wuxi = person.viewOf(WUXI);
    assertThat(wuxi.seesIdentity()).as("its own period").isTrue();
    FactRecorded issued = person.all(FactRecorded.class).get(2);
    assertThat(ACCESS.audiences(List.of(issued), person.state, NOW).get(issued.personSequence()))
        .doesNotContain(BINHU);
  }
}
