package org.tongchou.hub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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

  @ArchTest
  static final ArchRule onlyGrpcPackagesTouchGeneratedProtoClasses =
      noClasses()
          .that()
          .resideOutsideOfPackages("..grpc..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.tongchou.proto..");
}
