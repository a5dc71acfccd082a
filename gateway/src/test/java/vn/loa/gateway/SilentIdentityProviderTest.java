package vn.loa.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;

/**
 * An identity provider that accepts connections and never answers must not hold the gateway's
 * requests: a bearer request is answered (the token cannot be checked, so 401) long before a client
 * gives up, again and again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SilentIdentityProviderTest {

  static ServerSocket silent;
  static final List<Socket> held = new CopyOnWriteArrayList<>();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void aSilentIdentityProvider(DynamicPropertyRegistry registry) {
    // accepted, never read, never answered
    silent = TestServices.listen(held::add);
    TestServices.register(registry, TestServices.unreachable());
    registry.add(
        "loa.identity.jwk-set-uri",
        () -> "http://127.0.0.1:" + silent.getLocalPort() + "/oauth2/jwks");
  }

  @AfterAll
  static void stop() throws IOException {
    silent.close();
    for (Socket s : held) {
      s.close();
    }
  }

  @Test
  void a_bearer_request_is_answered_while_the_identity_provider_says_nothing() {
    Http caller = Http.localhost(port).as(TestIdentity.token("INTEGRATOR", "hp-kim-thanh"));
    for (int i = 0; i < 3; i++) {
      // The client gives up after 30 s (Http's timeout): a held request fails the test.
      Http.Response r = caller.get("/api/tasks?unit=hp-kim-thanh");
      assertThat(r.status()).as(r.toString()).isEqualTo(401);
    }
    assertThat(held).as("the gateway did try the identity provider").isNotEmpty();
  }
}
