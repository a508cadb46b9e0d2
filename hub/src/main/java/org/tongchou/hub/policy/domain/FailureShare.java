package org.tongchou.hub.policy.domain;

import java.math.BigDecimal;

/**
 * How a failed obligation is charged to the two sides (一地问题两地有责): the responsible region bears
 * {@code responsible}, the owed region {@code owed}; each loses that share of the credit.
 */
public record FailureShare(BigDecimal responsible, BigDecimal owed) {

  public static final FailureShare ALL_ON_RESPONSIBLE =
      new FailureShare(BigDecimal.ONE, BigDecimal.ZERO);
}
