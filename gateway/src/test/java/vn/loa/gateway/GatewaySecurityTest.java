package vn.loa.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;

/**
 * The gateway refuses what it must before routing anything. The services behind it are unreachable
 * in this test, so a request the gateway let through answers 503; its own refusals are 401, 403 and
 * 429.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "loa.gateway.cors-allowed-origins=https://congdichvu.haiphong.gov.vn",
      "loa.gateway.rate-limit.client-per-second=2",
      "loa.gateway.rate-limit.client-burst=10",
    })
class GatewaySecurityTest {

  @LocalServerPort int port;

  @DynamicPropertySource
  static void identityAndUnreachableServices(DynamicPropertyRegistry registry) {
    TestServices.register(registry, TestServices.unreachable());
  }

  Http gateway() {
    return Http.localhost(port);
  }

  @Test
  void missing_expired_forged_misaddressed_and_unsigned_tokens_are_refused_at_the_gateway() {
    String role = "COMMUNE_OFFICER";
    String unit = "hp-kim-thanh";
    for (Http http : TestIdentity.refusedCallers(gateway(), role, unit)) {
      Http.Response r =
          http.get("/api/statistics/totals?unit=hp-kim-thanh&period=2025", "Accept-Language", "en");
      assertThat(r.status()).as(r.toString()).isEqualTo(401);
      assertThat(r.json().get("type").asString()).isEqualTo("urn:loa:problem:unauthenticated");
      assertThat(r.headers().get("www-authenticate")).isNotEmpty();
    }
    // A valid token passes the gateway (and finds the service unreachable).
    assertThat(
            gateway()
                .as(TestIdentity.token(role, unit))
                .get("/api/statistics/totals?unit=hp-kim-thanh&period=2025")
                .status())
        .isEqualTo(503);
  }

  @Test
  void a_browser_without_a_session_is_sent_to_sign_in_and_an_api_client_gets_401() {
    Http.Response page =
        gateway()
            .get("/api/reports?unit=hp-kim-thanh", "Accept", "text/html,application/xhtml+xml");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.headers().get("location").getFirst()).endsWith("/oauth2/authorization/loa");
    assertThat(
            gateway().get("/api/reports?unit=hp-kim-thanh", "Accept", "application/json").status())
        .isEqualTo(401);
  }

  @Test
  void a_state_change_riding_on_cookies_needs_the_csrf_token_and_a_bearer_request_does_not() {
    Http.Response cookieOnly = gateway().post("/api/activities", "{}", "Cookie", "SESSION=stolen");
    assertThat(cookieOnly.status()).isEqualTo(403);
    assertThat(cookieOnly.json().get("type").asString()).isEqualTo("urn:loa:problem:forbidden");
    assertThat(
            gateway()
                .as(TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh"))
                .post("/api/activities", "{}")
                .status())
        .isEqualTo(503);
  }

  @Test
  void responses_carry_the_security_headers() {
    Http.Response r = gateway().as(TestIdentity.token("CITY_VIEWER", "hp")).get("/api/org-units");
    assertThat(r.headers().get("x-content-type-options")).containsExactly("nosniff");
    assertThat(r.headers().get("x-frame-options")).containsExactly("DENY");
    assertThat(r.headers().get("content-security-policy").getFirst())
        .contains("frame-ancestors 'none'");
    assertThat(r.headers().get("referrer-policy")).containsExactly("no-referrer");
    assertThat(r.headers().get("cache-control").getFirst()).contains("no-store");
  }

  @Test
  void cross_origin_calls_are_allowed_only_from_the_configured_origins() {
    Http.Response allowed =
        gateway()
            .send(
                "OPTIONS",
                "/api/activities",
                null,
                "Origin",
                "https://congdichvu.haiphong.gov.vn",
                "Access-Control-Request-Method",
                "POST");
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.headers().get("access-control-allow-origin"))
        .containsExactly("https://congdichvu.haiphong.gov.vn");
    Http.Response refused =
        gateway()
            .send(
                "OPTIONS",
                "/api/activities",
                null,
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                "POST");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.headers().get("access-control-allow-origin")).isNull();
  }

  @Test
  void a_flood_from_one_client_is_throttled_with_retry_after_and_others_are_not() {
    Http flooder = gateway().as(TestIdentity.token("INTEGRATOR", "hp-kim-thanh"));
    Http other = gateway().as(TestIdentity.token("INTEGRATOR", "hp-x001"));
    List<Integer> flood = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      flood.add(flooder.get("/api/tasks?unit=hp-kim-thanh").status());
    }
    assertThat(flood).contains(429);
    assertThat(flood.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(20);
    Http.Response throttled = flooder.get("/api/tasks?unit=hp-kim-thanh", "Accept-Language", "en");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(Integer.parseInt(throttled.headers().get("retry-after").getFirst())).isBetween(1, 5);
    assertThat(throttled.json().get("type").asString()).isEqualTo("urn:loa:problem:rate-limited");
    for (int i = 0; i < 5; i++) {
      assertThat(other.get("/api/tasks?unit=hp-x001").status())
          .isEqualTo(503); // passed the limiter
    }
  }
}
