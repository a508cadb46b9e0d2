package org.tongchou.hub.person.domain;

import org.tongchou.hub.person.domain.fact.FactData;

/** What a person's state remembers of each recorded fact, to judge later corrections. */
record RecordInfo(String recordId, String reportedBy, FactData data, long personSequence) {
}
