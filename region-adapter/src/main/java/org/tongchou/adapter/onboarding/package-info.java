/**
 * Onboarding a region's history ({@code region-adapter import}): its facts grouped by person and
 * ordered by business date, pushed in chunks over parallel streams, with a journal of every outcome
 * and a checkpoint that moves only after them, so that an import cut off at any instant resumes and
 * ends with exactly one outcome per fact. No generated proto types here: what is read from a fact
 * comes through {@link org.tongchou.adapter.facts.HistoryKeys}.
 */
package org.tongchou.adapter.onboarding;
