package org.tongchou.hub.policy.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.policy.domain.PolicyDocument;

/** Reads a policy document from YAML; a problem is named by its path in the document. */
public final class PolicyYaml {

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private PolicyYaml() {}

  /** The parsed document, or the reason it cannot be read. */
  public sealed interface Read permits Parsed, Unreadable {}

  public record Parsed(PolicyDocument document) implements Read {}

  public record Unreadable(FieldViolation problem) implements Read {}

  public static Read read(byte[] yaml) {
    try {
      PolicyDocument document = YAML.readValue(yaml, PolicyDocument.class);
      if (document == null) {
        return new Unreadable(new FieldViolation("", "the document is empty"));
      }
      return new Parsed(document);
    } catch (JsonMappingException e) {
      return new Unreadable(new FieldViolation(path(e.getPath()), e.getOriginalMessage()));
    } catch (IOException e) {
      return new Unreadable(new FieldViolation("", "not YAML: " + e.getMessage()));
    }
  }

  /** {@code obligations[2].due.days}, as the document's author sees it. */
  static String path(List<JsonMappingException.Reference> references) {
    return references.stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  /** The same mapper, for the shipped holiday calendar. */
  static ObjectMapper mapper() {
    return YAML;
  }
}
