package org.tongchou.adapter.onboarding;

/**
 * One refusal of an import, as the journal keeps it: which file and line, record and field.
 *
 * @param source index of the file among the import's files
 * @param line the 1-based line in that file
 * @param recordId the record id, {@code -} when it could not be read
 * @param field the field to blame as named in FACTS.md, {@code -} when none
 * @param code a {@code google.rpc.Code} name
 * @param reason what is wrong
 */
public record ImportRefusal(
    int source, int line, String recordId, String field, String code, String reason) {}
