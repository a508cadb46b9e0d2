package org.tongchou.hub.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionDirectoryTest {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();

  @Test
  void theShippedTableHoldsEveryProvinceCityAndCounty() {
    // 3,351 rows; three cities without counties are listed a second time as their own county.
    assertThat(REGIONS.size()).isEqualTo(31 + 342 + 2978 - 3);
  }

  @Test
  void aCityWithoutCountiesIsItsOwnCountyAndStaysInsideItsProvince() {
    assertThat(REGIONS.isCounty("441900")).isTrue();
    assertThat(REGIONS.isWithin("441900", "440000")).isTrue();
    assertThat(REGIONS.isWithin("441900", "441900")).isTrue();
    assertThat(REGIONS.isWithin("441900", "320000")).isFalse();
  }

  @Test
  void aJurisdictionIsTheCodeAndEverythingUnderIt() {
    assertThat(REGIONS.isWithin("320211", "320200")).isTrue();
    assertThat(REGIONS.isWithin("320211", "320000")).isTrue();
    assertThat(REGIONS.isWithin("320200", "320200")).isTrue();
    assertThat(REGIONS.isWithin("320508", "320200")).isFalse();
    assertThat(REGIONS.isWithin("320200", "320211")).isFalse();
  }

  @Test
  void anUnknownCodeIsWithinNothing() {
    assertThat(REGIONS.isKnown("329999")).isFalse();
    assertThat(REGIONS.isWithin("329999", "320000")).isFalse();
  }

  @Test
  void levelsComeFromTheTable() {
    assertThat(REGIONS.isCounty("320211")).isTrue();
    assertThat(REGIONS.isCounty("320200")).isFalse();
    assertThat(REGIONS.find("410000"))
        .get()
        .extracting(Region::level)
        .isEqualTo(RegionLevel.PROVINCE);
  }
}
