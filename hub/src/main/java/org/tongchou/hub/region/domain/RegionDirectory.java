package org.tongchou.hub.region.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The division table, the one place that answers "is this a code" and "is this code inside that
 * jurisdiction". A jurisdiction is one code and everything under it, following the table's parent
 * links rather than digit prefixes, so that placeholder rows (市辖区) stay correct.
 *
 * <p>The table is versioned reference data: this is the 2023-06-30 edition. Old events are never
 * re-validated against a newer edition.
 */
public final class RegionDirectory {

  /** The edition of the shipped table (statistical division codes, cut-off date). */
  public static final String EDITION = "2023-06-30";

  private final Map<String, Region> byCode;

  /**
   * County-level codes, including cities without counties (东莞, 中山, 儋州) that are their own county.
   */
  private final Set<String> counties;

  /**
   * Each known code's line, worked out once: every fact's reconciliation asks for lines many times
   * (who is a migrant, which province's policy, whether two regions share a line).
   */
  private final Map<String, Line> lines;

  /** A known code, the divisions above it (nearest first) and its province and city, if any. */
  private record Line(List<String> selfAndAncestors, String province, String city) {}

  private RegionDirectory(Map<String, Region> byCode, Set<String> counties) {
    this.byCode = Map.copyOf(byCode);
    this.counties = Set.copyOf(counties);
    Map<String, Line> lines = new HashMap<>();
    for (String code : this.byCode.keySet()) {
      List<String> chain = walkUp(code);
      lines.put(
          code,
          new Line(
              List.copyOf(chain),
              firstAt(chain, RegionLevel.PROVINCE),
              firstAt(chain, RegionLevel.CITY)));
    }
    this.lines = Map.copyOf(lines);
  }

  /** Reads the CSV layout of {@code regions.csv}: {@code code,name,level,parent}. */
  public static RegionDirectory fromCsv(InputStream csv) {
    Map<String, Region> rows = new HashMap<>();
    Set<String> counties = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      String line = reader.readLine(); // header
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        RegionCode parent = cells[3].isBlank() ? null : RegionCode.of(cells[3].trim());
        Region region =
            new Region(
                RegionCode.of(cells[0].trim()),
                cells[1].trim(),
                RegionLevel.parse(cells[2]),
                parent);
        if (region.level() == RegionLevel.COUNTY) {
          counties.add(region.code().value());
        }
        // A city without counties is listed twice, the second time as its own county (parent =
        // itself); the city row keeps its place in the tree.
        if (!region.code().equals(region.parent())) {
          rows.put(region.code().value(), region);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RegionDirectory(rows, counties);
  }

  /** The table shipped in the hub's resources. */
  public static RegionDirectory shipped() {
    InputStream csv = RegionDirectory.class.getResourceAsStream("/reference/regions.csv");
    if (csv == null) {
      throw new IllegalStateException("reference/regions.csv is missing from the classpath");
    }
    return fromCsv(csv);
  }

  public Optional<Region> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public boolean isKnown(String code) {
    return code != null && byCode.containsKey(code);
  }

  public boolean isCounty(String code) {
    return code != null && counties.contains(code);
  }

  /** True when {@code code} is {@code jurisdiction} itself or lies anywhere beneath it. */
  public boolean isWithin(String code, String jurisdiction) {
    Line line = lines.get(code);
    // Only known divisions count: a parent code missing from the table is no jurisdiction.
    return line != null
        && jurisdiction != null
        && line.selfAndAncestors().contains(jurisdiction)
        && byCode.containsKey(jurisdiction);
  }

  /** The code and every division above it, nearest first; just the code when it is unknown. */
  public List<String> selfAndAncestors(String code) {
    Line line = lines.get(code);
    return line != null ? line.selfAndAncestors() : List.of(code);
  }

  private List<String> walkUp(String code) {
    List<String> chain = new ArrayList<>();
    chain.add(code);
    Region current = byCode.get(code);
    while (current != null && current.parent() != null) {
      chain.add(current.parent().value());
      current = byCode.get(current.parent().value());
    }
    return chain;
  }

  /** True when either code lies within the other: one reports for the other's line. */
  public boolean sameLine(String a, String b) {
    return a != null && b != null && (isWithin(a, b) || isWithin(b, a));
  }

  /** The province a code lies in (the code itself for a province); null for an unknown code. */
  public String provinceOf(String code) {
    return levelAncestor(code, RegionLevel.PROVINCE);
  }

  /**
   * The city-level division a code lies in; for a province, null. A city without counties (东莞) is
   * its own city.
   */
  public String cityOf(String code) {
    return levelAncestor(code, RegionLevel.CITY);
  }

  /**
   * A migrant in the sense of Regulation No. 555: living outside the city of registration (moves
   * between districts of one city do not count); with a province-level registration, outside that
   * province.
   */
  public boolean isMigrant(String residence, String registration) {
    if (residence == null || registration == null) {
      return false;
    }
    String home = cityOf(registration);
    return !isWithin(residence, home != null ? home : registration);
  }

  private String levelAncestor(String code, RegionLevel level) {
    Line line = lines.get(code);
    if (line == null) {
      return null;
    }
    return level == RegionLevel.PROVINCE
        ? line.province()
        : level == RegionLevel.CITY ? line.city() : firstAt(line.selfAndAncestors(), level);
  }

  private String firstAt(List<String> chain, RegionLevel level) {
    for (String candidate : chain) {
      Region region = byCode.get(candidate);
      if (region != null && region.level() == level) {
        return candidate;
      }
    }
    return null;
  }

  /** The divisions whose parent is {@code code}, in code order. */
  public List<String> childrenOf(String code) {
    return byCode.values().stream()
        .filter(r -> r.parent() != null && r.parent().value().equals(code))
        .map(r -> r.code().value())
        .sorted()
        .toList();
  }

  /**
   * The code's ancestor (or itself) at {@code level}; the code itself when it lies above that
   * level.
   */
  public String atLevel(String code, RegionLevel level) {
    String found = levelAncestor(code, level);
    return found == null ? code : found;
  }

  /** The division's name, or the code itself when it is unknown. */
  public String nameOf(String code) {
    Region region = byCode.get(code);
    return region == null ? code : region.name();
  }

  /** Every known code within {@code jurisdiction}, itself included. */
  public Set<String> subtree(String jurisdiction) {
    return subtrees.computeIfAbsent(
        jurisdiction,
        j -> {
          Set<String> codes = new TreeSet<>();
          for (String code : byCode.keySet()) {
            if (isWithin(code, j)) {
              codes.add(code);
            }
          }
          return Collections.unmodifiableSet(codes);
        });
  }

  private final Map<String, Set<String>> subtrees = new ConcurrentHashMap<>();

  public int size() {
    return byCode.size();
  }
}
