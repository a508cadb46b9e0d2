package org.tongchou.hub.policy.domain;

/**
 * What opens an obligation: a recorded fact of type {@code fact} (of an eligible person, and, with
 * {@code reporterOutside}, only when its reporter lies outside that party's region), or, with
 * {@code residencePeriod}, every residence that lasts at least {@code minimumDays} within a period
 * of that length.
 */
public record Opening(
    String fact,
    String eligibility,
    Party reporterOutside,
    CoveragePeriod residencePeriod,
    Integer minimumDays) {

  public boolean byResidencePeriod() {
    return residencePeriod != null;
  }
}
