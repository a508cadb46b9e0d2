package org.tongchou.adapter.daemon;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongchou.hub.testing.IdNumbers;

/** FACTS.md facts as a region's system writes them into its outbox. */
final class OutboxFacts {

  /** Zhengzhou's 中原区 (Henan), Wuxi's 滨湖区, Chengdu's 锦江区 (Sichuan). */
  static final String ZHENGZHOU = "410102";

  static final String WUXI_BINHU = "320211";
  static final String CHENGDU = "510104";

  private static final AtomicInteger NEXT = new AtomicInteger();

  private OutboxFacts() {}

  /** A record id unique in the test run, e.g. {@code 320211-t-17-abc}. */
  static String recordId(String region) {
    return region
        + "-t-"
        + NEXT.incrementAndGet()
        + "-"
        + Long.toString(System.nanoTime() % 46_656, 36);
  }

  /**
   * A fresh woman registered in {@code registration}, arriving in {@code county} and getting a
   * service there.
   */
  static List<String> arrivalAndService(String registration, String county) {
    String idNumber = IdNumbers.woman(registration);
    return List.of(
        fact(
            recordId(county),
            "ArrivalRegistered",
            county,
            idNumber,
            registration,
            "{\"from\": \"" + registration + "\"}"),
        fact(
            recordId(county),
            "ServiceDelivered",
            county,
            idNumber,
            registration,
            "{\"service\": \"health_education\"}"));
  }

  /** A fresh woman registered in {@code registration}, reported by it as leaving for {@code to}. */
  static String departure(String registration, String to) {
    return fact(
        recordId(registration),
        "DepartureReported",
        registration,
        IdNumbers.woman(registration),
        registration,
        "{\"to\": \"" + to + "\"}");
  }

  static String fact(
      String recordId,
      String type,
      String region,
      String idNumber,
      String registration,
      String data) {
    return "{\"recordId\": \""
        + recordId
        + "\", \"type\": \""
        + type
        + "\", \"region\": \""
        + region
        + "\","
        + " \"occurredOn\": \"2026-03-01\", \"person\": {\"idNumber\": \""
        + idNumber
        + "\", \"name\": \"王芳\","
        + " \"sex\": \"F\", \"registrationRegion\": \""
        + registration
        + "\"}, \"data\": "
        + data
        + "}";
  }

  /** The record id of a fact made here. */
  static String recordIdOf(String fact) {
    int start = fact.indexOf("\"recordId\": \"") + 13;
    return fact.substring(start, fact.indexOf('"', start));
  }
}
