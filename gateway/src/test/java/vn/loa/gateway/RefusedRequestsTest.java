package vn.loa.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;

/**
 * A request the gateway refuses never reaches a service, whatever its method: the services behind
 * the gateway are one recording server here, and every refusal (401, 403, 429) is checked against
 * what that server received. A request the gateway lets through reaches it exactly once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // Three requests per client, then (practically) no refill during the test.
      "loa.gateway.rate-limit.client-per-second=0.001",
      "loa.gateway.rate-limit.client-burst=3",
      // This test is about routing, not about throttling bad tokens (GatewayFloodsTest is).
      "loa.gateway.failed-authentication.burst=1000",
    })
class RefusedRequestsTest {

  static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
  static final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  static HttpServer upstream;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void identityAndARecordingUpstream(DynamicPropertyRegistry registry) {
    upstream =
        TestServices.serve(
            exchange -> {
              received
                  .computeIfAbsent(
                      exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(),
                      k -> new AtomicInteger())
                  .incrementAndGet();
              TestServices.noContent(exchange);
            });
    TestServices.register(registry, TestServices.url(upstream));
  }

  @AfterAll
  static void stop() {
    upstream.stop(0);
  }

  @BeforeEach
  void forget() {
    received.clear();
  }

  Http gateway() {
    return Http.localhost(port);
  }

  static int reached(String method, String path) {
    AtomicInteger n = received.get(method + " " + path);
    return n == null ? 0 : n.get();
  }

  static String body(String method) {
    return method.equals("GET") || method.equals("DELETE") ? null : "{\"quantity\":1}";
  }

  @Test
  void requests_without_a_valid_token_are_401_and_reach_no_service() {
    for (String method : METHODS) {
      String path = "/api/activities/unauthenticated-" + method;
      for (Http caller :
          TestIdentity.refusedCallers(gateway(), "INTEGRATOR", "hp-kim-thanh").subList(1, 7)) {
        Http.Response r =
            caller.send(
                method,
                path,
                body(method),
                "Content-Type",
                "application/json",
                "If-Match",
                "\"1\"");
        assertThat(r.status()).as(method + " " + r).isEqualTo(401);
      }
      // With no credential at all (the first refused caller), a state change is refused by the CSRF
      // check before authentication.
      Http.Response anonymous =
          gateway().send(method, path, body(method), "Content-Type", "application/json");
      assertThat(anonymous.status())
          .as(method + " " + anonymous)
          .isEqualTo(method.equals("GET") ? 401 : 403);
      assertThat(reached(method, path)).as(method).isZero();
    }
  }

  @Test
  void a_state_change_on_a_session_cookie_without_the_csrf_token_is_403_and_reaches_no_service() {
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      String path = "/api/activities/csrf-" + method;
      Http.Response r =
          gateway()
              .send(
                  method,
                  path,
                  body(method),
                  "Content-Type",
                  "application/json",
                  "Cookie",
                  "SESSION=stolen");
      assertThat(r.status()).as(method + " " + r).isEqualTo(403);
      assertThat(reached(method, path)).as(method).isZero();
    }
  }

  @Test
  void
      requests_over_the_rate_limit_are_429_and_reach_no_service_and_those_let_through_reach_it_once() {
    for (String method : METHODS) {
      // A client of its own per method: its burst of three passes, everything after it is refused.
      Http client =
          gateway().as(TestIdentity.token("INTEGRATOR", "hp-rate-" + method.toLowerCase()));
      String path = "/api/activities/limited-" + method;
      int refused = 0;
      for (int i = 0; i < 10; i++) {
        Http.Response r =
            client.send(
                method,
                path,
                body(method),
                "Content-Type",
                "application/json",
                "If-Match",
                "\"1\"");
        if (r.status() == 429) {
          refused++;
          assertThat(r.headers().get("retry-after")).isNotEmpty();
        } else {
          assertThat(r.status()).as(method + " " + r).isEqualTo(204);
        }
      }
      assertThat(refused).as(method).isEqualTo(7);
      assertThat(reached(method, path))
          .as(method + ": only the three let through, each once")
          .isEqualTo(3);
    }
  }
}
