package org.tongchou.hub.testing;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import org.tongchou.hub.obligation.domain.ObligationChange;

/** Obligation changes for tests that must cover every kind and every component of a change. */
public final class ObligationChanges {

  private ObligationChanges() {}

  /**
   * A change of {@code type} with every component set: the {@code variant}-th constant of each
   * enum, text with quotes, escapes and Chinese, dates in 2026, regions among 320211, 320200 and
   * {@code province}.
   */
  public static ObligationChange everyComponentSet(Class<?> type, int variant, String province)
      throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> c = components[i].getType();
      String name = components[i].getName();
      types[i] = c;
      if (c == String.class) {
        boolean region =
            List.of(
                    "responsible",
                    "owed",
                    "newResponsible",
                    "newOwed",
                    "assignTo",
                    "disputedBy",
                    "office")
                .contains(name);
        values[i] =
            region
                ? List.of("320211", "320200", province).get(variant % 3)
                : name + " " + variant + " \"引号\" \\ \u00e9\t/";
      } else if (c == LocalDate.class) {
        values[i] = LocalDate.parse("2026-01-01").plusDays(variant * 37L + i);
      } else if (c.isEnum()) {
        Object[] constants = c.getEnumConstants();
        values[i] = constants[variant % constants.length];
      } else if (c == boolean.class) {
        values[i] = variant % 2 == 0;
      } else {
        throw new AssertionError("a component type the test does not know: " + c);
      }
    }
    return (ObligationChange) type.getDeclaredConstructor(types).newInstance(values);
  }
}
