package org.tongchou.hub.region.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A GB/T 2260 division code: six digits, {@code XX0000} a province, {@code XXXX00} a city. */
public record RegionCode(String value) implements Comparable<RegionCode> {

  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  public RegionCode {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not a six-digit division code: " + value);
    }
  }

  public static boolean isWellFormed(String candidate) {
    return candidate != null && SIX_DIGITS.matcher(candidate).matches();
  }

  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  @Override
  public int compareTo(RegionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
