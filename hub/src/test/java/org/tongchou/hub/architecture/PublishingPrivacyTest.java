package org.tongchou.hub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What goes to Kafka comes from the stored events alone, never from where ID numbers and names
 * live.
 */
@AnalyzeClasses(packages = "org.tongchou.hub", importOptions = ImportOption.DoNotIncludeTests.class)
class PublishingPrivacyTest {

  @ArchTest
  static final ArchRule publishingNeverReadsIdentities =
      noClasses()
          .that()
          .resideInAPackage("..hub.publishing..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.tongchou.hub.person.app.IdentityStore")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.tongchou.hub.person.domain.fact.PersonDetails")
          .because(
              "ID numbers and names live in the identity store and a fact as reported; published events carry person keys only");
}
