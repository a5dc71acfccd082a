package vn.loa.web.architecture;

import vn.loa.testsupport.architecture.ServiceArchitectureTest;

/** The shape of the web application (ADR 0016): the rules of {@link ServiceArchitectureTest}. */
class ArchitectureTest extends ServiceArchitectureTest {

  ArchitectureTest() {
    super("vn.loa.web");
  }
}
