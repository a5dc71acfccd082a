package vn.loa.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.loa.testsupport.TestIdentity;

/**
 * A person signs in, and later another does, after the identity service's keep-alive limit has run
 * out for the connection the first sign-in left open. The identity service here closes such a
 * connection when the next request arrives on it, unanswered — the close and the request crossing,
 * as they do when a server's limit runs out just as a client reuses the connection. The gateway,
 * whose own idle limit is shorter, must not send a sign-in's calls on such a connection: each
 * sign-in succeeds and its access token reaches the services.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "loa.identity.gateway-client-secret=test-secret",
      // The gateway retires an idle connection sooner than the identity service closes it: here
      // before the test tells the identity service that its limit has run out.
      "loa.identity.client.max-idle-time=1ms",
    })
class SignInAfterIdleTest {

  static final String PERSON = "commune_officer@hp-kim-thanh";
  static final String ACCESS_TOKEN = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");

  static StrictKeepAliveIdentity identity;
  static HttpServer services;
  static final List<String> relayedTokens = new CopyOnWriteArrayList<>();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void identityAndServices(DynamicPropertyRegistry registry) {
    identity = new StrictKeepAliveIdentity();
    services =
        TestServices.serve(
            exchange -> {
              relayedTokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
              TestServices.noContent(exchange);
            });
    TestServices.register(registry, TestServices.url(services));
    registry.add("loa.identity.internal", identity::url);
    registry.add("loa.identity.jwk-set-uri", () -> identity.url() + "/oauth2/jwks");
  }

  @AfterAll
  static void stop() throws IOException {
    identity.close();
    services.stop(0);
  }

  @Test
  void a_sign_in_after_the_identity_services_keep_alive_ran_out_succeeds() throws Exception {
    signInAndCallTheApi();
    identity.keepAliveRanOut();
    signInAndCallTheApi();
    assertThat(identity.dropped.get())
        .as("requests sent on a connection the identity service was closing")
        .isZero();
    assertThat(relayedTokens).containsExactly("Bearer " + ACCESS_TOKEN, "Bearer " + ACCESS_TOKEN);
  }

  /** A fresh browser: sign-in at the gateway, back with the code, then one API call. */
  void signInAndCallTheApi() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpResponse<String> toIdentity = get(browser, "/oauth2/authorization/loa");
    assertThat(toIdentity.statusCode()).isEqualTo(302);
    Map<String, String> authorize =
        query(toIdentity.headers().firstValue("Location").orElseThrow());
    // The identity service would now show its sign-in page and send the browser back with a code;
    // the code here is the sign-in's nonce, which its token endpoint puts into the ID token.
    HttpResponse<String> back =
        get(
            browser,
            "/login/oauth2/code/loa?code="
                + URLEncoder.encode(authorize.get("nonce"), StandardCharsets.UTF_8)
                + "&state="
                + URLEncoder.encode(authorize.get("state"), StandardCharsets.UTF_8));
    assertThat(back.statusCode()).as(back.headers().map().toString()).isEqualTo(302);
    assertThat(back.headers().firstValue("Location").orElseThrow())
        .as("signed in, not sent to the sign-in error (dropped: %s)", identity.dropped)
        .doesNotContain("error");
    HttpResponse<String> api = get(browser, "/api/tasks?unit=hp-kim-thanh");
    assertThat(api.statusCode()).as(api.body()).isEqualTo(204);
  }

  HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", "text/html")
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static Map<String, String> query(String url) {
    Map<String, String> params = new HashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return params;
  }

  /**
   * The identity service's token, key and user-info endpoints over keep-alive HTTP/1.1, with a
   * strict keep-alive limit: a request that arrives on a connection whose limit has run out ({@link
   * #keepAliveRanOut()}) is not answered, the connection closed under it.
   */
  static final class StrictKeepAliveIdentity implements AutoCloseable {

    final ServerSocket socket;
    final AtomicInteger dropped = new AtomicInteger();
    final Set<Socket> open = ConcurrentHashMap.newKeySet();
    final Set<Socket> expired = ConcurrentHashMap.newKeySet();

    StrictKeepAliveIdentity() {
      socket = TestServices.listen(connection -> Thread.ofVirtual().start(() -> serve(connection)));
    }

    /** The keep-alive limit of every connection open now has run out. */
    void keepAliveRanOut() {
      expired.addAll(open);
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    void serve(Socket connection) {
      open.add(connection);
      try (connection) {
        InputStream in = new BufferedInputStream(connection.getInputStream());
        OutputStream out = connection.getOutputStream();
        while (true) {
          String head = readHead(in);
          if (head == null) {
            return; // the client closed it
          }
          if (expired.contains(connection)) {
            dropped.incrementAndGet();
            return; // closed under the request, unanswered
          }
          String body = readBody(in, head);
          String path =
              head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
          byte[] answer = answer(path, body).getBytes(StandardCharsets.UTF_8);
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + answer.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          out.write(answer);
          out.flush();
        }
      } catch (IOException gone) {
        // the client went away
      } finally {
        open.remove(connection);
      }
    }

    static String answer(String path, String body) {
      if (path.startsWith("/oauth2/jwks")) {
        return TestIdentity.get().keySet();
      }
      if (path.startsWith("/oauth2/token")) {
        String nonce = query("http://x/?" + body).get("code");
        return """
        {"access_token":"%s","token_type":"Bearer","expires_in":600,"scope":"openid profile",\
        "id_token":"%s"}\
        """
            .formatted(ACCESS_TOKEN, TestIdentity.idToken("loa-gateway", PERSON, nonce));
      }
      if (path.startsWith("/userinfo")) {
        return "{\"sub\":\"" + PERSON + "\"}";
      }
      return "{}";
    }

    /** The request line and headers, or null at the end of the stream. */
    static String readHead(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      int b;
      while ((b = in.read()) != -1) {
        head.write(b);
        matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        if (matched == 4) {
          return head.toString(StandardCharsets.US_ASCII);
        }
      }
      return null;
    }

    static String readBody(InputStream in, String head) throws IOException {
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
          int length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
          return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
      }
      return "";
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
