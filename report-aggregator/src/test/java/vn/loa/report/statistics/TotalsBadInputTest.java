package vn.loa.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

@IntegrationTest
class TotalsBadInputTest {

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource({
    "'period=2025',                      400, unit",
    "'unit=hp',                          400, period",
    "'unit=hp&period=2025&window=2025',  400, period",
    "'unit=hp&period=2025Q5',            400, period",
    "'unit=hp&period=2025N9',            400, period",
    "'unit=hp&window=2025YTD',           400, window",
    "'unit=hp&window=1999',              400, window",
  })
  void a_malformed_query_is_a_400_naming_the_parameter(String query, int status, String field) {
    Http.Response response =
        Http.localhost(port)
            .as(TestIdentity.token("CITY_ADMIN", "p-any"))
            .get("/api/statistics/totals?" + query);
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
  }

  /**
   * A unit nobody knows is refused like another's: the answer tells nothing about whether it
   * exists.
   */
  @ParameterizedTest
  @CsvSource({"unit=no-such-unit&period=2025"})
  void an_unknown_unit_is_refused_like_a_foreign_one(String query) {
    Http.Response r =
        Http.localhost(port)
            .as(TestIdentity.token("CITY_ADMIN", "p-any"))
            .get("/api/statistics/totals?" + query);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("type").asString()).isEqualTo("urn:loa:problem:forbidden");
  }
}
