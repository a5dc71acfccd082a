package vn.loa.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;

/** A service that does not accept connections: the user gets a retryable 503 problem, not a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreachableServiceTest {

  @LocalServerPort int port;

  /** task-service at a port where nothing listens: connections are refused. */
  @DynamicPropertySource
  static void unreachableTaskService(DynamicPropertyRegistry registry) {
    String unreachable = TestServices.unreachable();
    registry.add("loa.services.task-service", () -> unreachable);
    registry.add("loa.identity.issuer", () -> TestIdentity.get().issuer());
    registry.add("loa.identity.jwk-set-uri", () -> TestIdentity.get().jwkSetUri());
  }

  @Test
  void an_unreachable_service_is_a_service_unavailable_problem_in_vietnamese() {
    Http.Response r =
        Http.localhost(port)
            .as(TestIdentity.token("COMMUNE_OFFICER", "hp-x001"))
            .post("/api/activities", "{\"unitId\":\"hp-x001-vhxh\"}");

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.headers().get("retry-after")).containsExactly("1");
    assertThat(r.headers().get("content-type"))
        .first()
        .asString()
        .startsWith("application/problem+json");
    assertThat(r.json().get("type").asString()).isEqualTo(UpstreamUnavailableHandler.TYPE);
    assertThat(r.json().get("title").asString()).isEqualTo("Dịch vụ tạm thời không sẵn sàng");
    assertThat(r.json().get("instance").asString()).isEqualTo("/api/activities");
  }

  @Test
  void in_english_on_request() {
    Http.Response r =
        Http.localhost(port)
            .as(TestIdentity.token("COMMUNE_OFFICER", "hp-x001"))
            .get("/api/tasks", "Accept-Language", "en");

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().get("title").asString()).isEqualTo("Service temporarily unavailable");
  }
}
