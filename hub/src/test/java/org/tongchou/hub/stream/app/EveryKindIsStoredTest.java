package org.tongchou.hub.stream.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.fact.FactData;

/**
 * The lists the compiler does not check: the event types the store may decode, the stored names
 * written out in {@link PersonEventTypesTest}, and the Jackson tags of fact data and obligation
 * changes. A new kind forgotten in one of them would compile, record, and then fail to read back,
 * so each is compared here with the kinds the code declares.
 */
class EveryKindIsStoredTest {

  @Test
  void everyKindOfPersonEventIsOneTheStoreMayDecodeAndItsNameIsWrittenOut() {
    Set<String> kinds =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tongchou.hub")
                .stream()
                .filter(c -> c.isAssignableTo(PersonEvent.class))
                .filter(c -> !c.isInterface())
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

    assertThat(kinds).hasSizeGreaterThan(10);
    for (String kind : kinds) {
      assertThat(PersonEventTypes.of(kind).getName()).isEqualTo(kind);
    }
    assertThat(PersonEventTypesTest.STORED_NAMES).containsExactlyInAnyOrderElementsOf(kinds);
  }

  @Test
  void everyFactTypeHasTheJacksonTagItIsStoredUnder() {
    assertThat(tagged(FactData.class)).isEqualTo(permitted(FactData.class));
  }

  @Test
  void everyKindOfObligationChangeHasTheJacksonTagItIsStoredUnder() {
    assertThat(tagged(ObligationChange.class)).isEqualTo(permitted(ObligationChange.class));
  }

  private static Set<String> permitted(Class<?> sealed) {
    return Arrays.stream(sealed.getPermittedSubclasses())
        .map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> tagged(Class<?> base) {
    return Arrays.stream(base.getAnnotation(JsonSubTypes.class).value())
        .map(type -> type.value().getName())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
