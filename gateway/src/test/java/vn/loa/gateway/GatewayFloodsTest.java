package vn.loa.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;

/**
 * Floods the gateway's public port as an attacker would: tokens with made-up key ids, bad tokens
 * from one address, anonymous sign-in starts; and looks for what it must not show (metrics). The
 * services behind it are unreachable here: a request that passes the gateway answers 503.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "loa.gateway.failed-authentication.burst=5",
      "loa.gateway.failed-authentication.per-second=0.001"
    })
class GatewayFloodsTest {

  @LocalServerPort int port;
  @Autowired vn.loa.gateway.security.GatewayProbes probes;

  @DynamicPropertySource
  static void identityAndUnreachableServices(DynamicPropertyRegistry registry) {
    TestServices.register(registry, TestServices.unreachable());
  }

  Http from(String address) {
    return Http.localhost(port).from(address);
  }

  @Test
  void a_hundred_tokens_with_unknown_key_ids_cost_at_most_one_key_download() {
    long before = probes.keyDownloads();
    // From a hundred addresses, so the failed-authentication throttle does not stop them first.
    for (int i = 0; i < 100; i++) {
      Http.Response r =
          from("127.0.1." + (i + 1))
              .as(TestIdentity.unknownKey("INTEGRATOR", "hp-kim-thanh"))
              .get("/api/tasks?unit=hp-kim-thanh");
      assertThat(r.status()).as(r.toString()).isEqualTo(401);
    }
    assertThat(probes.keyDownloads() - before).isLessThanOrEqualTo(1);
    // A token signed with the published key is still accepted (the key set was downloaded once).
    assertThat(
            from("127.0.2.1")
                .as(TestIdentity.token("INTEGRATOR", "hp-kim-thanh"))
                .get("/api/tasks?unit=hp-kim-thanh")
                .status())
        .isEqualTo(503);
  }

  @Test
  void an_address_that_keeps_sending_bad_tokens_is_throttled_and_another_address_is_not() {
    Http attacker = from("127.0.3.1");
    List<Integer> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      answers.add(attacker.as("not-a-token-" + i).get("/api/tasks?unit=hp-kim-thanh").status());
    }
    assertThat(answers.subList(0, 5)).containsOnly(401);
    assertThat(answers.subList(5, 12)).containsOnly(429);
    Http.Response throttled =
        attacker
            .as(TestIdentity.token("INTEGRATOR", "hp-kim-thanh"))
            .get("/api/tasks?unit=hp-kim-thanh");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.headers().get("retry-after")).isNotEmpty();
    assertThat(throttled.json().get("type").asString()).isEqualTo("urn:loa:problem:rate-limited");

    Http other = from("127.0.3.2");
    assertThat(
            other
                .as(TestIdentity.token("INTEGRATOR", "hp-x001"))
                .get("/api/tasks?unit=hp-x001")
                .status())
        .isEqualTo(503);
  }

  @Test
  void anonymous_sign_in_starts_store_nothing_on_the_gateway() {
    int before = probes.sessions();
    for (int i = 0; i < 200; i++) {
      Http.Response r = from("127.0.4.1").get("/oauth2/authorization/loa");
      assertThat(r.status()).isEqualTo(302);
      assertThat(r.header("Location"))
          .startsWith(TestIdentity.get().issuer() + "/oauth2/authorize");
      assertThat(r.headers().getOrDefault("set-cookie", List.of()))
          .noneMatch(c -> c.startsWith("SESSION="));
      assertThat(r.headers().get("set-cookie"))
          .anySatisfy(
              c ->
                  assertThat(c.toLowerCase())
                      .startsWith("loa_signin=")
                      .contains("httponly")
                      .contains("samesite=lax"));
    }
    assertThat(probes.sessions()).isEqualTo(before);
  }

  @Test
  void metrics_and_other_actuator_endpoints_are_not_on_the_public_port_and_the_probes_are() {
    for (String path :
        List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator/health")) {
      Http.Response r = from("127.0.5.1").get(path);
      assertThat(r.status()).as(path).isIn(401, 404);
      assertThat(r.text()).doesNotContain("jvm_").doesNotContain("http.server.requests");
    }
    assertThat(from("127.0.5.1").get("/readyz").status()).isEqualTo(200);
    assertThat(from("127.0.5.1").get("/livez").status()).isEqualTo(200);
  }
}
