package org.tongchou.verifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A strict JSON reader (RFC 8259) for export lines and stored event bodies, so that the verifier
 * needs nothing but the JDK: an auditor runs one small jar and reads every line of it. It builds
 * plain values (maps, lists, strings, numbers as text, booleans, null) and offers the few lookups
 * the verifier needs; anything that is not JSON is an {@link IllegalArgumentException}.
 */
final class Json {

  /** A parsed value; {@link #MISSING} stands for a member that is not there. */
  static final class Node {
    static final Node MISSING = new Node(null, false);

    private final Object value;
    private final boolean present;

    private Node(Object value, boolean present) {
      this.value = value;
      this.present = present;
    }

    boolean isObject() {
      return value instanceof Map;
    }

    boolean isTextual() {
      return value instanceof String;
    }

    boolean has(String member) {
      return value instanceof Map<?, ?> map && map.containsKey(member);
    }

    /** The member, or null when there is none. */
    Node get(String member) {
      return has(member) ? (Node) ((Map<?, ?>) value).get(member) : null;
    }

    /** The member, or {@link #MISSING}. */
    Node path(String member) {
      Node node = get(member);
      return node == null ? MISSING : node;
    }

    String asText() {
      return asText("");
    }

    /** A string's text, a number's or boolean's literal, or {@code otherwise}. */
    String asText(String otherwise) {
      if (value instanceof String || value instanceof NumberText || value instanceof Boolean) {
        return value instanceof NumberText n ? n.literal : value.toString();
      }
      return otherwise;
    }

    long asLong() {
      return asLong(0);
    }

    /** An integral number (or a string of one), or {@code otherwise}. */
    long asLong(long otherwise) {
      String literal =
          value instanceof NumberText n ? n.literal : value instanceof String s ? s.trim() : null;
      try {
        return literal == null ? otherwise : Long.parseLong(literal);
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }

    boolean asBoolean(boolean otherwise) {
      return value instanceof Boolean b ? b : otherwise;
    }

    /** Each element of an array (nothing for anything else). */
    void forEach(Consumer<Node> each) {
      if (value instanceof List<?> list) {
        list.forEach(element -> each.accept((Node) element));
      }
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /** A number as written, so that no digit is lost. */
  private record NumberText(String literal) {
    @Override
    public String toString() {
      return literal;
    }
  }

  /** Deeper nesting is refused rather than read by recursion until the stack runs out. */
  static final int MOST_NESTED = 256;

  private final String text;
  private int at;
  private int depth;

  private Json(String text) {
    this.text = text;
  }

  static Node read(byte[] utf8) {
    return read(new String(utf8, StandardCharsets.UTF_8));
  }

  static Node read(String text) {
    Json json = new Json(text);
    json.space();
    Node node = json.value();
    json.space();
    if (json.at != text.length()) {
      throw json.error("text after the value");
    }
    return node;
  }

  private Node value() {
    if (at >= text.length()) {
      throw error("a value expected");
    }
    char c = text.charAt(at);
    if ((c == '{' || c == '[') && depth >= MOST_NESTED) {
      throw error("more than " + MOST_NESTED + " nested objects and arrays");
    }
    return switch (c) {
      case '{' -> new Node(object(), true);
      case '[' -> new Node(array(), true);
      case '"' -> new Node(string(), true);
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> new Node(number(), true);
    };
  }

  private Map<String, Node> object() {
    Map<String, Node> members = new LinkedHashMap<>();
    at++;
    depth++;
    space();
    if (peek('}')) {
      at++;
      depth--;
      return members;
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw error("a member name expected");
      }
      String name = string();
      space();
      expect(':');
      space();
      if (members.put(name, value()) != null) {
        throw error("member " + name + " twice");
      }
      space();
      if (peek(',')) {
        at++;
      } else {
        expect('}');
        depth--;
        return members;
      }
    }
  }

  private List<Node> array() {
    List<Node> elements = new ArrayList<>();
    at++;
    depth++;
    space();
    if (peek(']')) {
      at++;
      depth--;
      return elements;
    }
    while (true) {
      space();
      elements.add(value());
      space();
      if (peek(',')) {
        at++;
      } else {
        expect(']');
        depth--;
        return elements;
      }
    }
  }

  private String string() {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("an unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("a control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("an unterminated escape");
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("a short \\u escape");
          }
          String hex = text.substring(at, at + 4);
          if (!hex.chars().allMatch(h -> Character.digit(h, 16) >= 0 && h < 128)) {
            throw error("a bad \\u escape"); // Integer.parseInt would take "+12a"
          }
          out.append((char) Integer.parseInt(hex, 16));
          at += 4;
        }
        default -> throw error("a bad escape \\" + e);
      }
    }
  }

  private NumberText number() {
    int start = at;
    if (peek('-')) {
      at++;
    }
    digits();
    if (peek('.')) {
      at++;
      digits();
    }
    if (peek('e') || peek('E')) {
      at++;
      if (peek('+') || peek('-')) {
        at++;
      }
      digits();
    }
    return new NumberText(text.substring(start, at));
  }

  private void digits() {
    int start = at;
    while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
      at++;
    }
    if (at == start) {
      throw error("a number expected");
    }
  }

  private Node literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error(word + " expected");
    }
    at += word.length();
    return new Node(value, true);
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "' expected");
    }
    at++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("not JSON: " + what + " at character " + at);
  }
}
