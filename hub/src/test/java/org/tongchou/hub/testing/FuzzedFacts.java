package org.tongchou.hub.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.PersonRef;

/**
 * Facts for the fuzz tests (issue #16), made from the fuzzer's bytes: either a valid fact of a
 * known kind with some of its fields replaced by fuzzed text (which reaches the deep checks), or
 * the bytes read as a wire {@code Fact} (which reaches odd wire forms: unknown fields, several
 * bodies, huge strings).
 */
public final class FuzzedFacts {

  private static final List<String> REGIONS =
      List.of(Facts.WUXI_BINHU, Facts.SUZHOU_GUSU, Facts.ZHENGZHOU_ZHONGYUAN, "320200", "999999");
  private static final List<String> DAYS =
      List.of("2026-02-01", "2026-02-30", "1900-01-01", "2999-12-31", "", "2026-2-1");

  private FuzzedFacts() {}

  /** A fact, or null when the bytes are not a wire fact at all. */
  public static Fact from(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      try {
        return Fact.parseFrom(data.consumeRemainingAsBytes());
      } catch (InvalidProtocolBufferException e) {
        return null;
      }
    }
    String idNumber =
        data.consumeBoolean() ? IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN) : data.consumeString(24);
    String county = data.pickValue(REGIONS);
    String day = data.consumeBoolean() ? data.pickValue(DAYS) : data.consumeString(12);
    Fact base =
        switch (data.consumeInt(0, 3)) {
          case 0 -> Facts.arrival(idNumber, county, day);
          case 1 -> Facts.service(idNumber, county, day);
          case 2 -> Facts.registered(idNumber, county, day);
          default -> Facts.residenceEnded(idNumber, county, day, data.consumeString(20));
        };
    Fact.Builder fact = base.toBuilder();
    if (data.consumeBoolean()) {
      fact.setRecordId(data.consumeString(80));
    }
    if (data.consumeBoolean()) {
      PersonRef.Builder person = fact.getPersonBuilder();
      person.setName(data.consumeString(120));
      person.setRegistrationRegion(data.consumeString(8));
    }
    if (data.consumeBoolean()) {
      fact.clearPerson();
    }
    if (data.consumeBoolean()) {
      try {
        fact.mergeFrom(data.consumeRemainingAsBytes());
      } catch (InvalidProtocolBufferException e) {
        // the valid part stays
      }
    }
    return fact.build();
  }
}
