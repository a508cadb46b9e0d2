package org.tongchou.hub.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The hub's features in one declared order, lowest first: a feature may use only the features
 * before it. README.md ("How it is built") says what each one holds; a new feature is added to
 * {@link #ORDER} and to that map, at the place its imports allow.
 */
@AnalyzeClasses(packages = "org.tongchou.hub", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureOrderTest {

  static final String HUB = "org.tongchou.hub.";

  /** Every feature package of the hub, each above all it may use. */
  static final List<String> ORDER =
      List.of(
          "kernel",
          "region",
          "entitlement",
          "residence",
          "platform",
          "access",
          "accesslog",
          "log",
          "sealing",
          "person",
          "policy",
          "evidence",
          "obligation",
          "statistics",
          "erasure",
          "stream",
          "assessment",
          "feed",
          "sync",
          "history",
          "timeline",
          "replay",
          "publishing",
          "workbench");

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("org.tongchou.hub.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule featuresUseOnlyTheFeaturesBeforeThemInTheDeclaredOrder = declaredOrder();

  @ArchTest
  static final ArchRule everyFeatureHasAPlaceInTheDeclaredOrder =
      classes()
          .that()
          .resideInAPackage("org.tongchou.hub.*..")
          .should()
          .resideInAnyPackage(ORDER.stream().map(f -> HUB + f + "..").toArray(String[]::new))
          .because("a feature's place in FeatureOrderTest.ORDER is what says what it may use");

  @ArchTest
  static final ArchRule theKernelDependsOnNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage(HUB + "kernel..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.tongchou..").and(not(resideInAPackage(HUB + "kernel.."))))
          .because("the kernel is the vocabulary every feature shares");

  @ArchTest
  static final ArchRule platformDependsOnNoFeature =
      noClasses()
          .that()
          .resideInAPackage(HUB + "platform..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.tongchou.hub..")
                  .and(not(resideInAnyPackage(HUB + "platform..", HUB + "kernel.."))))
          .because("platform is the plumbing under every feature (gRPC server, JDBC, CSV)");

  private static ArchRule declaredOrder() {
    LayeredArchitecture order = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String feature : ORDER) {
      order = order.layer(feature).definedBy(HUB + feature + "..");
    }
    for (int i = 0; i < ORDER.size(); i++) {
      String[] above = ORDER.subList(i + 1, ORDER.size()).toArray(String[]::new);
      order =
          above.length == 0
              ? order.whereLayer(ORDER.get(i)).mayNotBeAccessedByAnyLayer()
              : order.whereLayer(ORDER.get(i)).mayOnlyBeAccessedByLayers(above);
    }
    return order;
  }
}
