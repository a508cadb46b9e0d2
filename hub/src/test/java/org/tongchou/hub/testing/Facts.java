package org.tongchou.hub.testing;

import java.util.UUID;
import org.tongchou.proto.v1.ArrivalRegistered;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.PersonRef;
import org.tongchou.proto.v1.ResidenceEnded;
import org.tongchou.proto.v1.ServiceDelivered;

/** Wire facts for tests: the regions and persons of the README walk-through. */
public final class Facts {

  /** Wuxi and one of its districts (滨湖区). */
  public static final String WUXI = "320200";

  public static final String WUXI_BINHU = "320211";

  /** Suzhou and one of its districts (姑苏区). */
  public static final String SUZHOU = "320500";

  public static final String SUZHOU_GUSU = "320508";

  /** Henan province and Zhengzhou's 中原区. */
  public static final String HENAN = "410000";

  public static final String ZHENGZHOU_ZHONGYUAN = "410102";

  private Facts() {}

  public static String recordId() {
    return "r-" + UUID.randomUUID();
  }

  public static PersonRef person(String idNumber) {
    return PersonRef.newBuilder()
        .setIdNumber(idNumber)
        .setName("王芳")
        .setRegistrationRegion(ZHENGZHOU_ZHONGYUAN)
        .build();
  }

  public static Fact arrival(String idNumber, String county, String on) {
    return Fact.newBuilder()
        .setRecordId(recordId())
        .setRegion(county)
        .setOccurredOn(on)
        .setPerson(person(idNumber))
        .setArrivalRegistered(ArrivalRegistered.newBuilder().setFrom(ZHENGZHOU_ZHONGYUAN))
        .build();
  }

  /** Introduces the person: opens no obligation. */
  public static Fact registered(String idNumber, String region, String on) {
    return Fact.newBuilder()
        .setRecordId(recordId())
        .setRegion(region)
        .setOccurredOn(on)
        .setPerson(person(idNumber))
        .setPersonRegistered(org.tongchou.proto.v1.PersonRegistered.getDefaultInstance())
        .build();
  }

  public static Fact service(String idNumber, String county, String on) {
    return Fact.newBuilder()
        .setRecordId(recordId())
        .setRegion(county)
        .setOccurredOn(on)
        .setPerson(person(idNumber))
        .setServiceDelivered(ServiceDelivered.newBuilder().setService("health_education"))
        .build();
  }

  /** The residence side asks the registration side to verify (协查). */
  public static Fact verificationRequested(
      String idNumber, String county, String on, boolean urgent) {
    return Fact.newBuilder()
        .setRecordId(recordId())
        .setRegion(county)
        .setOccurredOn(on)
        .setPerson(person(idNumber))
        .setVerificationRequested(
            org.tongchou.proto.v1.VerificationRequested.newBuilder()
                .setTopic("marital_status")
                .setUrgent(urgent)
                .setPregnant(urgent))
        .build();
  }

  /** The registration side answers the request {@code request}. */
  public static Fact verificationAnswered(String idNumber, String region, String on, Fact request) {
    return Fact.newBuilder()
        .setRecordId(recordId())
        .setRegion(region)
        .setOccurredOn(on)
        .setPerson(person(idNumber))
        .setVerificationAnswered(
            org.tongchou.proto.v1.VerificationAnswered.newBuilder()
                .setRequestRecordId(request.getRecordId())
                .setRequestRegion(request.getRegion())
                .setAnswer("confirmed"))
        .build();
  }

  public static Fact residenceEnded(String idNumber, String county, String on, String reason) {
    return Fact.newBuilder()
        .setRecordId(recordId())
        .setRegion(county)
        .setOccurredOn(on)
        .setPerson(person(idNumber))
        .setResidenceEnded(ResidenceEnded.newBuilder().setReason(reason))
        .build();
  }
}
