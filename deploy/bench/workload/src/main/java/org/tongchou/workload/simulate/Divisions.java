package org.tongchou.workload.simulate;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The division table the simulation draws counties from: a copy of the hub's {@code
 * reference/regions.csv} (the same 2023-06-30 edition, byte for byte; a test keeps them equal),
 * since the adapter must run without the hub's classes.
 *
 * <p>A city without counties (东莞 441900, 中山 442000, 儋州 460400) is listed twice, once as a city and
 * once as its own county (parent = itself); both rows are kept apart here, so that such a code is a
 * county whose city is itself.
 */
public final class Divisions {

  private static final String RESOURCE = "/org/tongchou/workload/simulate/regions.csv";

  private final Set<String> provinces = new TreeSet<>();
  private final Map<String, String> cityToProvince = new TreeMap<>();
  private final Map<String, String> countyToCity = new TreeMap<>();
  private final Map<String, List<String>> countiesByProvince = new TreeMap<>();

  private Divisions() {}

  /** The table shipped with the adapter. */
  public static Divisions shipped() {
    return ShippedResource.read(RESOURCE, Divisions::read);
  }

  private static Divisions read(BufferedReader reader) throws IOException {
    Divisions divisions = new Divisions();
    reader.readLine(); // header: code,name,level,parent
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isBlank()) {
        divisions.add(line.split(",", -1));
      }
    }
    // Rows are in code order, but a county may come before its city's row: resolve provinces last.
    divisions.countyToCity.forEach(
        (county, city) ->
            divisions
                .countiesByProvince
                .computeIfAbsent(divisions.cityToProvince.get(city), p -> new ArrayList<>())
                .add(county));
    return divisions;
  }

  private void add(String[] cells) {
    String code = cells[0].trim();
    switch (cells[2].trim()) {
      case "province" -> provinces.add(code);
      case "city" -> cityToProvince.put(code, cells[3].trim());
      case "county" -> countyToCity.put(code, cells[3].trim());
      default ->
          throw new IllegalStateException(
              "unknown level in " + RESOURCE + ": " + String.join(",", cells));
    }
  }

  /** Is {@code code} a province ({@code XX0000}) of the table? */
  public boolean isProvince(String code) {
    return provinces.contains(code);
  }

  /** The county-level divisions of a province, in code order. */
  public List<String> countiesOf(String province) {
    return List.copyOf(countiesByProvince.getOrDefault(province, List.of()));
  }

  /**
   * The counties of {@code province} in which a person registered in {@code registration} is a
   * migrant, in code order: where such a person may be drawn to live.
   */
  public List<String> countiesOutsideCityOf(String province, String registration) {
    return countiesOf(province).stream().filter(county -> isMigrant(county, registration)).toList();
  }

  /**
   * Does a person registered in {@code registration} who lives in {@code county} count as a
   * migrant? Living outside the city of registration, by Regulation No. 555; a move between two
   * counties of one city is no migration.
   */
  public boolean isMigrant(String county, String registration) {
    return !Objects.equals(cityOf(county), cityOf(registration));
  }

  /** The city-level division a county lies in (itself for a city without counties). */
  public String cityOf(String county) {
    return countyToCity.get(county);
  }

  /** The province of a county, a city or a province. */
  public String provinceOf(String code) {
    if (provinces.contains(code)) {
      return code;
    }
    String city = countyToCity.getOrDefault(code, code);
    return cityToProvince.get(city);
  }
}
