package vn.loa.plan.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.loa.testsupport.Http;

/**
 * A test of plan-service over HTTP on its real broker and store, each test with a country of its
 * own ({@link PlanFixtures}: a city, departments, communes and their units under fresh ids) and
 * {@link #http} signed in as that city's administrator.
 */
public abstract class PlanServiceTest {

  @LocalServerPort protected int port;
  protected PlanFixtures fx;
  protected Http http;

  @BeforeEach
  void aCountryOfItsOwn() {
    fx = new PlanFixtures(Http.localhost(port));
    http = fx.http;
  }
}
