package vn.loa.testsupport.architecture;

import static vn.loa.testsupport.architecture.LoaArchitecture.bannedLibraries;
import static vn.loa.testsupport.architecture.LoaArchitecture.featuresFreeOfCycles;
import static vn.loa.testsupport.architecture.LoaArchitecture.javaTimeOnly;
import static vn.loa.testsupport.architecture.LoaArchitecture.mainClasses;
import static vn.loa.testsupport.architecture.LoaArchitecture.timeFromTheClock;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * A service's shape, checked on its classes (extend it once per service, naming its base package):
 * features without cycles, time from the clock, {@code java.time}, no banned library — for a
 * service that is an adapter as a whole (web and security: the gateway, identity-service); a
 * service with a domain extends {@link DomainServiceArchitectureTest}. Violations older than a rule
 * are frozen in the module's {@code src/test/resources/archunit_store}; a new one fails.
 */
public abstract class ServiceArchitectureTest {

  protected final String base;
  protected final JavaClasses classes;

  /**
   * @param base the service's base package, e.g. {@code vn.loa.gateway}
   */
  protected ServiceArchitectureTest(String base) {
    this.base = base;
    this.classes = mainClasses(base);
  }

  @Test
  void features_are_free_of_cycles() {
    featuresFreeOfCycles(base).check(classes);
  }

  @Test
  void today_comes_from_the_clock() {
    timeFromTheClock(base).check(classes);
  }

  @Test
  void dates_are_java_time() {
    javaTimeOnly(base).check(classes);
  }

  @Test
  void no_banned_library_is_used() {
    bannedLibraries(base).check(classes);
  }
}
