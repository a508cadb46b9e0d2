package org.tongchou.adapter.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.tongchou.adapter.hub.AssessmentQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option whose value names a contract enum, checked against the words the hub package derives
 * from it: picocli lists them in the help ({@code ${COMPLETION-CANDIDATES}}) and refuses any other
 * as bad usage naming the option. Subclasses, one per enum, because picocli takes classes.
 */
abstract class Choices implements ITypeConverter<String>, Iterable<String> {

  /** {@code inflow} or {@code outflow}. */
  static final class Sides extends Choices {
    Sides() {
      super(AssessmentQuery.SIDES);
    }
  }

  /** The tables ExportCsv writes. */
  static final class Tables extends Choices {
    Tables() {
      super(AssessmentQuery.TABLES);
    }
  }

  private final List<String> words;

  private Choices(List<String> words) {
    this.words = words;
  }

  @Override
  public String convert(String value) {
    String word = value.toLowerCase(Locale.ROOT);
    if (!words.contains(word)) {
      throw new TypeConversionException(
          "'" + value + "' is not one of " + String.join(", ", words));
    }
    return word;
  }

  @Override
  public Iterator<String> iterator() {
    return words.iterator();
  }
}
