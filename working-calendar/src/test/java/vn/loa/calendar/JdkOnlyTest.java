package vn.loa.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** This module is JDK only: every service can depend on it without bringing a framework along. */
class JdkOnlyTest {

  @Test
  void depends_on_the_jdk_alone() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "vn.loa.calendar..")
        .because("it is shared by every service (ADR 0003): no Spring, no persistence, no library")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.loa.calendar"));
  }
}
