package org.tongchou.hub.person.domain;

import org.tongchou.hub.person.domain.fact.ReportedFact;

/** A fact that passed every check that does not need the person's history. */
public record ValidatedFact(ReportedFact fact, IdNumber idNumber, IdNumber childIdNumber) {}
