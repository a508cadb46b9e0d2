package org.tongchou.adapter.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import org.tongchou.proto.v1.Fact;

/**
 * Maps one FACTS.md JSON line to a wire {@code Fact}, or says which field stops it.
 *
 * <p>Thread-safe and cheap to share.
 */
public final class FactLineMapper {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  // Forward compatible: FACTS.md only ever adds fields, and an older adapter must still map them.
  private static final JsonFormat.Parser PROTO_JSON = JsonFormat.parser().ignoringUnknownFields();

  /** What became of a line. */
  public sealed interface Result {
    /** The line maps to {@code fact}. */
    record Mapped(Fact fact) implements Result {}

    /** The line cannot be mapped; {@code recordId} is null when it could not be read. */
    record Refused(String recordId, String field, String reason) implements Result {}
  }

  /** Maps one line of JSON (without its line break). */
  public Result map(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Result.Refused(null, "-", "malformed JSON: " + e.getOriginalMessage());
    }
    if (!(node instanceof ObjectNode object)) {
      return new Result.Refused(
          null, "-", "expected a JSON object, got " + node.getNodeType().name().toLowerCase());
    }
    return map(object);
  }

  /** Maps one fact object as parsed from a line. */
  public Result map(ObjectNode object) {
    JsonNode id = object.get("recordId");
    String recordId = id != null && id.isTextual() ? id.asText() : null;
    try {
      Fact.Builder fact = Fact.newBuilder();
      PROTO_JSON.merge(FactJsonConverter.fact(object, "").toString(), fact);
      return new Result.Mapped(fact.build());
    } catch (UnmappableFact e) {
      return new Result.Refused(recordId, e.field(), e.getMessage());
    } catch (InvalidProtocolBufferException e) {
      // Only reached for what JsonShape lets through, e.g. an integer beyond the field's range.
      return new Result.Refused(recordId, "-", e.getMessage());
    }
  }
}
