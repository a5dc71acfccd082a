package vn.loa.identity.architecture;

import vn.loa.testsupport.architecture.ServiceArchitectureTest;

/** The shape of this service (ADR 0016): the rules of {@link ServiceArchitectureTest}. */
class ArchitectureTest extends ServiceArchitectureTest {

  ArchitectureTest() {
    super("vn.loa.identity");
  }
}
