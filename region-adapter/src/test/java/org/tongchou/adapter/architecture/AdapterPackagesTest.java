package org.tongchou.adapter.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The adapter's own package rule (org.tongchou.adapter.hub's package-info): generated proto types
 * stay in {@code hub} and {@code facts}; the command line hands a read answer back to a text class
 * of {@code hub} and never reads a field of it itself. And the auditor's verifier stays a JDK-only
 * artifact apart from the adapter.
 */
class AdapterPackagesTest {

  private static final JavaClasses ADAPTER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.tongchou.adapter", "org.tongchou.verifier");

  /**
   * The audit commands that still read replies themselves, written before the rule was enforced
   * (issue #13): each is to hand its answer to a text class of {@code hub}. No command may join
   * this list; one that leaves it may not come back.
   */
  private static final String[] READ_REPLIES_BEFORE_THE_RULE = {
    "org.tongchou.adapter.cli.AuditAccessLogCommand",
    "org.tongchou.adapter.cli.AuditDiffCommand",
    "org.tongchou.adapter.cli.AuditHistoryCommand",
    "org.tongchou.adapter.cli.AuditReplayCommand",
    "org.tongchou.adapter.cli.AuditReplayStatisticsCommand",
    "org.tongchou.adapter.cli.AuditReplayTimelinesCommand",
    "org.tongchou.adapter.cli.ReplayProgressLine"
  };

  @Test
  void theCommandLineNeverReadsAFieldOfAProtoMessageItself() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.tongchou.adapter.cli..")
            .and()
            .doNotHaveFullyQualifiedName(READ_REPLIES_BEFORE_THE_RULE[0])
            .and()
            .doNotHaveFullyQualifiedName(READ_REPLIES_BEFORE_THE_RULE[1])
            .and()
            .doNotHaveFullyQualifiedName(READ_REPLIES_BEFORE_THE_RULE[2])
            .and()
            .doNotHaveFullyQualifiedName(READ_REPLIES_BEFORE_THE_RULE[3])
            .and()
            .doNotHaveFullyQualifiedName(READ_REPLIES_BEFORE_THE_RULE[4])
            .and()
            .doNotHaveFullyQualifiedName(READ_REPLIES_BEFORE_THE_RULE[5])
            .and()
            .doNotHaveFullyQualifiedName(READ_REPLIES_BEFORE_THE_RULE[6])
            .should()
            .callMethodWhere(
                com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            "org.tongchou.proto..", "com.google.protobuf.."))))
            .because(
                "the command line hands a hub answer to org.tongchou.adapter.hub's text classes"
                    + " and reads no field of it (org.tongchou.adapter.hub package-info)");
    rule.check(ADAPTER);
  }

  @Test
  void noOtherPackageOfTheAdapterTouchesProtoTypesButHubAndFacts() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.tongchou.adapter.config..",
            "org.tongchou.adapter.daemon..",
            "org.tongchou.adapter.local..",
            "org.tongchou.adapter.onboarding..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tongchou.proto..")
        .check(ADAPTER);
  }

  @Test
  void theAuditorsVerifierDependsOnNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("org.tongchou.verifier..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "javax..", "org.tongchou.verifier..")
        .check(ADAPTER);
  }
}
