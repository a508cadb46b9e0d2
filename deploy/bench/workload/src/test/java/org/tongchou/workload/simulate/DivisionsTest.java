package org.tongchou.workload.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class DivisionsTest {

  static final Divisions DIVISIONS = Divisions.shipped();

  @Test
  void theAdaptersCopyOfTheDivisionTableIsTheHubsByteForByte() throws Exception {
    try (InputStream copy =
            Divisions.class.getResourceAsStream("/org/tongchou/workload/simulate/regions.csv");
        InputStream hubs = Divisions.class.getResourceAsStream("/reference/regions.csv")) {
      assertThat(copy.readAllBytes()).isEqualTo(hubs.readAllBytes());
    }
  }

  @Test
  void aCityWithoutCountiesIsItsOwnCountyAndCityAndListedOnce() {
    assertThat(DIVISIONS.cityOf("441900")).isEqualTo("441900");
    assertThat(DIVISIONS.provinceOf("441900")).isEqualTo("440000");
    assertThat(DIVISIONS.countiesOf("440000")).containsOnlyOnce("441900").doesNotHaveDuplicates();
  }

  @Test
  void aMunicipalitysDistrictLiesInItsCityLevelPlaceholder() {
    assertThat(DIVISIONS.cityOf("110101")).isEqualTo("110100");
    assertThat(DIVISIONS.provinceOf("110101")).isEqualTo("110000");
  }

  @Test
  void everyProvinceHasCountiesAndCitiesAreNotAmongThem() {
    assertThat(DIVISIONS.countiesOf("320000"))
        .isNotEmpty()
        .doesNotContain("320200")
        .contains("320211");
    assertThat(DIVISIONS.isProvince("320000")).isTrue();
  }
}
