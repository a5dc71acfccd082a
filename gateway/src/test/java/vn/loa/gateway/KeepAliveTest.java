package vn.loa.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.loa.testsupport.TestIdentity;

/**
 * Every request on a keep-alive connection gets its answer, also one that arrived while the
 * previous request was still being proxied and is then refused at once (429). Up to Reactor Netty
 * 1.3.7 the connection stopped reading after such a refusal and the client's next request waited
 * forever (reactor-netty #4361; the rare 30 s hang of {@code RefusedRequestsTest} in CI; ADR 0020).
 * A raw socket sends the requests back to back, so the timing does not depend on a client's pool.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // one request per client, then 429 for the rest of the test
      "loa.gateway.rate-limit.client-per-second=0.001",
      "loa.gateway.rate-limit.client-burst=1",
    })
class KeepAliveTest {

  private static final byte[] BODY = "{\"quantity\":1}".getBytes(StandardCharsets.UTF_8);

  static HttpServer upstream;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    upstream = TestServices.serve(TestServices::noContent);
    TestServices.register(registry, TestServices.url(upstream));
  }

  @AfterAll
  static void stop() {
    upstream.stop(0);
  }

  @Test
  void every_request_on_a_keep_alive_connection_is_answered_also_after_a_refusal_that_waited()
      throws IOException {
    String limited = TestIdentity.token("INTEGRATOR", "hp-keep-alive");
    int answered = 0;
    int refused = 0;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      // far below the gateway's own timeouts: an answer that does not come in 5 s never comes
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      for (int batch = 0; batch < 120; batch++) {
        int size = 1 + batch % 16;
        ByteArrayOutputStream requests = new ByteArrayOutputStream();
        for (int i = 0; i < size; i++) {
          // alternately a client already over its limit (429 at once) and a new client (proxied)
          String token =
              (batch + i) % 2 == 0
                  ? limited
                  : TestIdentity.token("INTEGRATOR", "hp-keep-alive-" + batch + "-" + i);
          requests.writeBytes(request("/api/activities/keep-alive-" + i, token));
        }
        out.write(requests.toByteArray());
        out.flush();
        for (int i = 0; i < size; i++) {
          int status = readStatus(in, "request " + (i + 1) + " of " + size + " in batch " + batch);
          assertThat(status).as("answer to request %d of batch %d", i + 1, batch).isIn(204, 429);
          answered++;
          refused += status == 429 ? 1 : 0;
        }
      }
    }
    assertThat(refused).as("the limited client is refused").isPositive();
    assertThat(answered - refused).as("new clients pass through").isPositive();
  }

  private static byte[] request(String path, String token) {
    String head =
        "PATCH "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + BODY.length
            + "\r\n\r\n";
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(BODY);
    return request.toByteArray();
  }

  /** Reads one whole response (head and body) and returns its status. */
  private static int readStatus(InputStream in, String which) throws IOException {
    StringBuilder head = new StringBuilder();
    while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
      int c;
      try {
        c = in.read();
      } catch (SocketTimeoutException silent) {
        throw new AssertionError("no answer to " + which + " within 5 s", silent);
      }
      if (c < 0) {
        throw new AssertionError("the gateway closed the connection before answering " + which);
      }
      head.append((char) c);
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    in.readNBytes(length);
    return Integer.parseInt(head.substring(9, 12));
  }
}
