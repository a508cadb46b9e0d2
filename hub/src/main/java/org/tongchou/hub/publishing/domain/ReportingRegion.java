package org.tongchou.hub.publishing.domain;

import org.tongchou.hub.erasure.domain.PersonErased;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;

/**
 * The division whose act an event records, for downstream systems that route or count by it without
 * decoding the event: the region that reported a fact (and so caused the conflict its arrival
 * opened), the office that ruled or re-evaluated, the region that asked for, confirmed or ended an
 * identity link. What the hub decided on its own carries {@value #HUB}.
 */
public final class ReportingRegion {

  /** The reporting region of an event the hub made itself (obligations, a conflict's end). */
  public static final String HUB = "hub";

  private ReportingRegion() {}

  public static String of(PersonEvent event) {
    String region;
    if (event instanceof FactRecorded fact) {
      region = fact.region();
    } else if (event instanceof ResidenceConflictRecorded recorded) {
      region = recorded.conflict().claimed().region();
    } else if (event instanceof ResidenceConflictRuled ruled) {
      region = ruled.office();
    } else if (event instanceof ReevaluationRecorded reevaluation) {
      region = reevaluation.office();
    } else if (event instanceof IdentityLinkRequested requested) {
      region = requested.requestedBy();
    } else if (event instanceof IdentityLinked linked) {
      region = linked.confirmedBy();
    } else if (event instanceof IdentityUnlinked unlinked) {
      region = unlinked.by();
    } else if (event instanceof PersonErased erased) {
      region = erased.erasedBy();
    } else if (event instanceof ObligationsChanged || event instanceof ResidenceConflictEnded) {
      region = HUB;
    } else {
      throw new IllegalArgumentException("no reporting region for " + event.getClass().getName());
    }
    return region == null || region.isEmpty() ? HUB : region;
  }
}
