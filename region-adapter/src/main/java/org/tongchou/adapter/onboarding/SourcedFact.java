package org.tongchou.adapter.onboarding;

import org.tongchou.adapter.facts.MappedFact;

/**
 * A fact of an import with where it came from, so that its outcome is reported against the line to
 * fix.
 *
 * @param source index of its file among the import's files
 * @param fact the mapped fact, with its line
 */
public record SourcedFact(int source, MappedFact fact) {}
