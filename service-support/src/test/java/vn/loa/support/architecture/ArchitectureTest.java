package vn.loa.support.architecture;

import static vn.loa.testsupport.architecture.LoaArchitecture.bannedLibraries;
import static vn.loa.testsupport.architecture.LoaArchitecture.javaTimeOnly;
import static vn.loa.testsupport.architecture.LoaArchitecture.mainClasses;
import static vn.loa.testsupport.architecture.LoaArchitecture.platformFreeOfCycles;
import static vn.loa.testsupport.architecture.LoaArchitecture.platformFreeOfDomain;
import static vn.loa.testsupport.architecture.LoaArchitecture.timeFromTheClock;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The platform is mechanism only (ADR 0003): no cycle between its packages, no domain name, time
 * from the clock, no banned library. Violations older than a rule are frozen in {@code
 * src/test/resources/archunit_store}; a new one fails.
 */
class ArchitectureTest {

  static final JavaClasses CLASSES = mainClasses("vn.loa.support");

  @Test
  void its_packages_are_free_of_cycles() {
    platformFreeOfCycles().check(CLASSES);
  }

  @Test
  void it_is_free_of_domain_names() {
    platformFreeOfDomain().check(CLASSES);
  }

  @Test
  void today_comes_from_the_clock() {
    timeFromTheClock("vn.loa.support").check(CLASSES);
  }

  @Test
  void no_banned_library_is_used() {
    bannedLibraries("vn.loa.support").check(CLASSES);
  }

  @Test
  void dates_are_java_time() {
    javaTimeOnly("vn.loa.support").check(CLASSES);
  }
}
