package org.tongchou.hub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.person.domain.AccessAct;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.fact.FactData;

/**
 * Code that tells kinds of events, facts, obligation changes or access acts apart does it through
 * their visitors (STYLE.md), so that a new kind fails to compile wherever it must be handled. An
 * {@code instanceof} chain over two or more kinds of one family would still compile with a kind
 * forgotten, so none may exist; asking whether a value is one particular kind (a correction, an
 * obligation event among a stream's) stays allowed, since a new kind is rightly not that one.
 */
@AnalyzeClasses(packages = "org.tongchou.hub", importOptions = ImportOption.DoNotIncludeTests.class)
class KindDispatchTest {

  /** The families whose kinds are told apart by a visitor, each with one. */
  static final List<Class<?>> FAMILIES =
      List.of(PersonEvent.class, FactData.class, ObligationChange.class, AccessAct.class);

  @ArchTest
  static final ArchRule noCodeChoosesAmongKindsWithInstanceof =
      codeUnits()
          .should(chooseAmongAtMostOneKindOfEachFamily())
          .because("a visitor makes the compiler name every place a new kind must be handled");

  private static ArchCondition<JavaCodeUnit> chooseAmongAtMostOneKindOfEachFamily() {
    return new ArchCondition<>("test for at most one kind of each family with instanceof") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        for (Class<?> family : FAMILIES) {
          Set<String> kinds = new TreeSet<>();
          for (InstanceofCheck check : unit.getInstanceofChecks()) {
            JavaClass type = check.getRawType();
            if (type.isAssignableTo(family) && !type.isEquivalentTo(family)) {
              kinds.add(type.getSimpleName());
            }
          }
          if (kinds.size() > 1) {
            events.add(
                SimpleConditionEvent.violated(
                    unit,
                    unit.getFullName()
                        + " chooses among kinds of "
                        + family.getSimpleName()
                        + " with instanceof: "
                        + kinds
                        + "; use "
                        + family.getSimpleName()
                        + "'s visitor"));
          }
        }
      }
    };
  }
}
