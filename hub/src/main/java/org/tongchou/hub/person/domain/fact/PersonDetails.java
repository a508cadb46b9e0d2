package org.tongchou.hub.person.domain.fact;

/** The person as a fact names them, unvalidated. */
public record PersonDetails(String idNumber, String name, String sex, String registrationRegion) {}
