package org.tongchou.hub.policy.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a rule finds a region from the facts: the party responsible for an obligation, or the party
 * that is owed it.
 */
public enum Party {
  /** Where the person lives: the county of the arrival, or of the residence in a period. */
  @JsonProperty("residence")
  RESIDENCE,
  /** The person's household registration (户籍地) as known on the opening date. */
  @JsonProperty("registration")
  REGISTRATION,
  /**
   * The division that reported the opening fact (e.g. the region that asked for a verification).
   */
  @JsonProperty("reporter")
  REPORTER,
  /**
   * Where the mother lived on the child's birth date; the registration region when she lived
   * nowhere recorded then (DOMAIN.md, "Birth").
   */
  @JsonProperty("residence-on-birth-date")
  RESIDENCE_ON_BIRTH_DATE
}
