package org.tongchou.adapter.hub;

import com.google.protobuf.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an act made of the record it acted on, as the hub answered: a heading naming the record and
 * the record's fields, as plain text for the command line.
 *
 * @param heading e.g. {@code Obligation certificate-verification/320211/320211-2026-000001#1}
 * @param fields the answer's fields that are set, by the contract's names, in its order
 */
public record ActOutcome(String heading, Map<String, String> fields) {

  public ActOutcome {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  static ActOutcome of(String heading, Message answer) {
    return new ActOutcome(heading, MessageFields.of(answer));
  }
}
