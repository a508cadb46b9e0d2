package org.tongchou.hub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Domain rules stay plain Java: no framework, wire or generated type reaches a domain package. */
@AnalyzeClasses(packages = "org.tongchou.hub", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsolationTest {

  @ArchTest
  static final ArchRule domainPackagesDoNotUseSpring =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule domainPackagesDoNotUseGrpcOrProtobuf =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.grpc..", "com.google.protobuf..", "com.google.rpc..", "org.tongchou.proto..");

  @ArchTest
  static final ArchRule domainPackagesDoNotUseAxon =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.axonframework..");

  // The workbench is a client of tongchou.v1 over an in-process channel (docs/WORKBENCH.md), so
  // that every rule and access-log line is the RPC's own; it is the one other edge allowed.
  @ArchTest
  static final ArchRule onlyGrpcPackagesTouchGeneratedProtoClasses =
      noClasses()
          .that()
          .resideOutsideOfPackages("..grpc..", "org.tongchou.hub.workbench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.tongchou.proto..");

  // Operator commands start the hub with no web server (HubApplication): a workbench bean there
  // would fail for want of its web-only collaborators, so every one of them is web-only.
  @ArchTest
  static final ArchRule workbenchBeansExistOnlyInAWebApplication =
      classes()
          .that()
          .resideInAPackage("org.tongchou.hub.workbench..")
          .and()
          .areMetaAnnotatedWith(Component.class)
          .should()
          .beAnnotatedWith(ConditionalOnWebApplication.class);
}
