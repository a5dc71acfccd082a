package vn.loa.testsupport.architecture;

import static vn.loa.testsupport.architecture.LoaArchitecture.domainFreeOfAdapters;

import org.junit.jupiter.api.Test;

/**
 * The shape of a service with a domain: the rules of {@link ServiceArchitectureTest}, and its
 * domain — everything outside its features' {@code web}, {@code messaging}, {@code config} and
 * {@code demo} packages — free of adapters.
 */
public abstract class DomainServiceArchitectureTest extends ServiceArchitectureTest {

  protected DomainServiceArchitectureTest(String base) {
    super(base);
  }

  @Test
  void the_domain_is_free_of_adapters() {
    domainFreeOfAdapters(base).check(classes);
  }
}
