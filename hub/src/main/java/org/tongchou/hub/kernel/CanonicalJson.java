package org.tongchou.hub.kernel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;

/**
 * The one JSON form of the hub's records: properties in alphabetical order except that the {@code
 * type} tag of a fact's data comes first in its object, nulls and empty values left out, dates and
 * instants as ISO-8601 text, no white space. Canonical encoding version 1: the hash chain is
 * computed over these bytes, so any change here is a new version. Verifiers re-hash the stored
 * bytes; they need not re-encode.
 */
public final class CanonicalJson {

  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  private CanonicalJson() {}

  /** The mapper itself, for storage: stored and hashed forms are the same bytes. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of the hub always serialize", e);
    }
  }

  /**
   * The top-level {@code recordedAt} of a stored event's bytes, skipping every nested object
   * unread: the time the hub recorded the event, as its hash chain covers it. Null when there is
   * none.
   */
  public static Instant recordedAt(byte[] storedEvent) throws IOException {
    try (JsonParser parser = MAPPER.getFactory().createParser(storedEvent)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("recordedAt") && value == JsonToken.VALUE_STRING) {
          return Instant.parse(parser.getText());
        }
        parser.skipChildren();
      }
      return null;
    }
  }
}
