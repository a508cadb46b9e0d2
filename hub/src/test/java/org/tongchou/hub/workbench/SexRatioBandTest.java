package org.tongchou.hub.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongchou.hub.workbench.app.SexRatioBand;

class SexRatioBandTest {

  @Test
  void givenRatiosAtAndInsideTheBandsEndsWhenReadThenTheyAreWithinIt() {
    assertThat(SexRatioBand.of("103.0")).isEqualTo(SexRatioBand.WITHIN);
    assertThat(SexRatioBand.of("105.2")).isEqualTo(SexRatioBand.WITHIN);
    assertThat(SexRatioBand.of("107.0")).isEqualTo(SexRatioBand.WITHIN);
  }

  @Test
  void givenRatiosJustOutsideTheBandWhenReadThenTheyAreBelowOrAboveIt() {
    assertThat(SexRatioBand.of("102.9")).isEqualTo(SexRatioBand.BELOW);
    assertThat(SexRatioBand.of("0.0")).isEqualTo(SexRatioBand.BELOW);
    assertThat(SexRatioBand.of("107.1")).isEqualTo(SexRatioBand.ABOVE);
    assertThat(SexRatioBand.of("200.0")).isEqualTo(SexRatioBand.ABOVE);
  }

  @Test
  void givenNoRatioBecauseNoGirlWasBornWhenReadThenItHasNoStanding() {
    assertThat(SexRatioBand.of("")).isEqualTo(SexRatioBand.NONE);
  }
}
