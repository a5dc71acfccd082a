package vn.loa.report.architecture;

import vn.loa.testsupport.architecture.DomainServiceArchitectureTest;

/** The shape of this service (ADR 0016): the rules of {@link DomainServiceArchitectureTest}. */
class ArchitectureTest extends DomainServiceArchitectureTest {

  ArchitectureTest() {
    super("vn.loa.report");
  }
}
