package vn.loa.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The architecture rules every Loa service is held to, as ArchUnit rules over its main classes.
 * Rules that today's code does not keep yet are <em>frozen</em> ({@link FreezingArchRule}): the
 * violations there were when the rule came in are recorded in the module's {@code
 * src/test/resources/archunit_store} and tolerated, any new one fails the build, and a fixed one
 * drops out of the record when the tests run. Nothing new is allowed in.
 */
public final class LoaArchitecture {

  /** Adapters a feature's domain (its aggregates and rules) must not know. */
  static final String[] ADAPTERS = {
    "org.springframework.web..",
    "org.springframework.http..",
    "jakarta.servlet..",
    "org.springframework.security..",
    "vn.loa.support.web..",
    "vn.loa.support.security..",
    "org.springframework.kafka..",
    "org.springframework.cloud.stream.."
  };

  /** The packages of a feature that are adapters, not its domain. */
  static final String[] ADAPTER_PACKAGES = {"..web..", "..messaging..", "..config..", "..demo.."};

  /** Words of the domain that the platform modules must not contain. */
  static final List<String> DOMAIN_WORDS =
      List.of("Plan", "Activity", "Task", "Report", "Commune", "Directive", "Indicator", "OrgUnit");

  private LoaArchitecture() {}

  /** The main (not test) classes under {@code basePackage}. */
  public static JavaClasses mainClasses(String basePackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(basePackage);
  }

  /**
   * The features of a service ({@code <base>.<feature>..}) depend on each other without a cycle.
   */
  public static ArchRule featuresFreeOfCycles(String basePackage) {
    return FreezingArchRule.freeze(
        slices()
            .matching(basePackage + ".(*)..")
            .should()
            .beFreeOfCycles()
            .as("the features of " + basePackage + " are free of cycles"));
  }

  /**
   * A feature's domain — everything outside its {@code web}, {@code messaging}, {@code config} and
   * {@code demo} packages — knows neither HTTP, security, Kafka nor the event contracts: those are
   * adapters around it.
   */
  public static ArchRule domainFreeOfAdapters(String basePackage) {
    return FreezingArchRule.freeze(
        noClasses()
            .that()
            .resideInAPackage(basePackage + "..")
            .and()
            .resideOutsideOfPackages(ADAPTER_PACKAGES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTERS)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("vn.loa.contracts..")
            .as(
                "the domain of "
                    + basePackage
                    + " is free of web, security, messaging and contract types")
            .because("the domain is the same whatever adapter drives it (issue 12, ADR 0003)"));
  }

  /** Today comes from the injected {@code Clock} (Vietnam's time zone, a fixed clock in tests). */
  public static ArchRule timeFromTheClock(String basePackage) {
    return FreezingArchRule.freeze(
        noClasses()
            .that()
            .resideInAPackage(basePackage + "..")
            .should()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .as("no class of " + basePackage + " reads the machine's clock")
            .because("today is Vietnam's day, from the injected Clock, so that tests can fix it"));
  }

  /** Libraries that must not come back, each with its reason. */
  public static ArchRule bannedLibraries(String basePackage) {
    return noClasses()
        .that()
        .resideInAPackage(basePackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson.databind..", "org.junit", "junit..")
        .as("no class of " + basePackage + " uses Jackson 2 databind or JUnit 4")
        .because(
            "Jackson 3 (tools.jackson) writes every payload, so the wire format is one; JUnit"
                + " Jupiter runs every test");
  }

  /**
   * Dates and times are {@code java.time}; {@code java.util.Date} only where a raw BSON document is
   * read or written (frozen: the places there are).
   */
  public static ArchRule javaTimeOnly(String basePackage) {
    return FreezingArchRule.freeze(
        noClasses()
            .that()
            .resideInAPackage(basePackage + "..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(java.util.Date.class, java.util.Calendar.class, java.sql.Timestamp.class)
            .as("no class of " + basePackage + " uses java.util.Date, Calendar or Timestamp")
            .because("java.time says which day in which zone; an old Date does not"));
  }

  /**
   * The platform ({@code vn.loa.support}) is mechanism only: no class named after, or depending on,
   * a feature of a service.
   */
  public static ArchRule platformFreeOfDomain() {
    var rule =
        noClasses()
            .that()
            .resideInAPackage("vn.loa.support..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("vn.loa.plan..", "vn.loa.task..", "vn.loa.report..");
    for (String word : DOMAIN_WORDS) {
      rule = rule.orShould().haveSimpleNameContaining(word);
    }
    return FreezingArchRule.freeze(
        rule.as("the platform modules are free of domain names and of the services")
            .because("ADR 0003: shared modules hold mechanism, each service its own policy"));
  }

  /** The platform's own packages depend on each other without a cycle. */
  public static ArchRule platformFreeOfCycles() {
    return FreezingArchRule.freeze(
        slices()
            .matching("vn.loa.support.(*)..")
            .should()
            .beFreeOfCycles()
            .as("the packages of the platform are free of cycles"));
  }
}
