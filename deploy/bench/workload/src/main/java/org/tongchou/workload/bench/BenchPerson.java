package org.tongchou.workload.bench;

import java.time.LocalDate;

/**
 * A synthetic person of a bench run.
 *
 * @param idNumber a valid 18-character ID number
 * @param name a plausible full name
 * @param sex {@code M} or {@code F}, agreeing with the ID number
 * @param registrationRegion the ID number's first six digits
 * @param bornOn the birth date in the ID number
 */
public record BenchPerson(
    String idNumber, String name, String sex, String registrationRegion, LocalDate bornOn) {}
