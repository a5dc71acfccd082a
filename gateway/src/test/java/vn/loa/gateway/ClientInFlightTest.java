package vn.loa.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;

/**
 * One client's slow requests take at most its own share of a service: beyond {@code
 * client-in-flight} requests under way its next ones are {@code 429} and never reach the service,
 * while another client's request goes straight through.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "loa.gateway.rate-limit.client-in-flight=3")
class ClientInFlightTest {

  static final CountDownLatch release = new CountDownLatch(1);
  static final AtomicInteger reached = new AtomicInteger();
  static HttpServer upstream;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void identityAndASlowService(DynamicPropertyRegistry registry) {
    upstream =
        TestServices.serve(
            exchange -> {
              reached.incrementAndGet();
              if (exchange.getRequestURI().getPath().startsWith("/api/activities/slow")) {
                try {
                  release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              TestServices.noContent(exchange);
            });
    TestServices.register(registry, TestServices.url(upstream));
  }

  @AfterAll
  static void stop() {
    release.countDown();
    upstream.stop(0);
  }

  @Test
  void a_clients_requests_beyond_its_share_are_429_and_another_client_is_served() throws Exception {
    Http slow = Http.localhost(port).as(TestIdentity.token("INTEGRATOR", "hp-kim-thanh"));
    var clients = Executors.newVirtualThreadPerTaskExecutor();
    List<CompletableFuture<Http.Response>> held =
        java.util.stream.IntStream.range(0, 3)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> slow.get("/api/activities/slow-" + i), clients))
            .toList();
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(() -> reached.get() == 3);

    Http.Response beyond = slow.get("/api/activities/slow-4");
    assertThat(beyond.status()).isEqualTo(429);
    assertThat(beyond.headers().get("retry-after")).isNotEmpty();
    assertThat(reached).hasValue(3);

    Http other = Http.localhost(port).as(TestIdentity.token("INTEGRATOR", "hp-x001"));
    assertThat(other.get("/api/activities/quick").status()).isEqualTo(204);

    release.countDown();
    for (CompletableFuture<Http.Response> r : held) {
      assertThat(r.get(10, TimeUnit.SECONDS).status()).isEqualTo(204);
    }
    assertThat(slow.get("/api/activities/after").status())
        .as("its share is back once they end")
        .isEqualTo(204);
  }
}
