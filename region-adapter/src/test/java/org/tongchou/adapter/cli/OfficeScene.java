package org.tongchou.adapter.cli;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.GetPublishedScorecardRequest;
import org.tongchou.proto.v1.IdentitiesGrpc;
import org.tongchou.proto.v1.ListConflictsRequest;
import org.tongchou.proto.v1.ListedConflict;
import org.tongchou.proto.v1.PublishedScorecard;
import org.tongchou.proto.v1.ReplayGrpc;
import org.tongchou.proto.v1.RequestLinkRequest;

/**
 * What the {@code office} acts act on, set up through the hub's public API over the real channel:
 * Wuxi's (320200) and Suzhou's (320500) facts about women registered in Zhengzhou, the conflicts
 * the Jiangsu office (320000) lists, a link Wuxi asks for; and what the acts left, read back.
 */
final class OfficeScene implements AutoCloseable {

  private final ConfigurableApplicationContext hub;
  private final HubClient wuxi;
  private final HubClient suzhou;
  private final HubClient jiangsu;

  OfficeScene(ConfigurableApplicationContext hub) {
    this.hub = hub;
    this.wuxi = TestHub.clientFor(hub, Facts.WUXI);
    this.suzhou = TestHub.clientFor(hub, Facts.SUZHOU);
    this.jiangsu = TestHub.clientAs(hub, Role.OFFICE, "320000");
  }

  /**
   * A woman arrives in 滨湖区 from Zhengzhou: the id of the certificate check it opens for 320211,
   * once the read models hold it.
   */
  String verificationOfANewArrival() {
    Fact arrival =
        Facts.arrival(IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.WUXI_BINHU, "2026-03-01");
    wuxi.submitOne(arrival);
    awaitReadModels();
    return "certificate-verification/" + Facts.WUXI_BINHU + "/" + arrival.getRecordId() + "#1";
  }

  /** 滨湖区 from March and 姑苏区 from April claim the same woman: the conflict, as listed. */
  ListedConflict twoCitiesClaimOneWoman() {
    String woman = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    wuxi.submitOne(Facts.arrival(woman, Facts.WUXI_BINHU, "2026-03-01"));
    suzhou.submitOne(Facts.arrival(woman, Facts.SUZHOU_GUSU, "2026-04-01"));
    return conflictOf(wuxi.timeline(woman).getPersonKey());
  }

  /** A person's conflict as the Jiangsu office lists it now. */
  ListedConflict conflictOf(String personKey) {
    return coordination()
        .listConflicts(
            ListConflictsRequest.newBuilder().setRegion("320000").setCatchUp(true).build())
        .getConflictsList()
        .stream()
        .filter(c -> c.getPersonKey().equals(personKey))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Wuxi registered a woman twice, the second time under a mistyped number (a day later born), and
   * asks to link the two: the link's id.
   */
  String wuxiAsksToLinkTwoNumbersOfOneWoman() {
    String real = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    LocalDate born =
        LocalDate.parse(
            real.substring(6, 10) + "-" + real.substring(10, 12) + "-" + real.substring(12, 14));
    String mistyped =
        IdNumbers.of(
            Facts.ZHENGZHOU_ZHONGYUAN, born.plusDays(1), Integer.parseInt(real.substring(14, 17)));
    wuxi.submitOne(Facts.arrival(real, Facts.WUXI_BINHU, "2026-03-01"));
    wuxi.submitOne(Facts.arrival(mistyped, Facts.WUXI_BINHU, "2026-03-02"));
    return wuxi.authorized(IdentitiesGrpc.newBlockingStub(wuxi.channel()))
        .requestLink(
            RequestLinkRequest.newBuilder()
                .setKeepIdNumber(real)
                .setAliasIdNumber(mistyped)
                .setReason("one woman; the second number was mistyped")
                .build())
        .getLinkId();
  }

  /** A published scorecard with its content, as the Jiangsu office reads it. */
  PublishedScorecard published(String id) {
    return jiangsu
        .authorized(ReplayGrpc.newBlockingStub(jiangsu.channel()))
        .getPublishedScorecard(GetPublishedScorecardRequest.newBuilder().setId(id).build());
  }

  private CoordinationGrpc.CoordinationBlockingStub coordination() {
    return jiangsu.authorized(CoordinationGrpc.newBlockingStub(jiangsu.channel()));
  }

  private void awaitReadModels() {
    if (!hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30))) {
      throw new AssertionError("the read models did not catch up within 30 s");
    }
  }

  @Override
  public void close() {
    wuxi.close();
    suzhou.close();
    jiangsu.close();
  }
}
