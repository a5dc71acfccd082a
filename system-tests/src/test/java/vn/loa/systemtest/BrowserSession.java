package vn.loa.systemtest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo person signed in at the gateway the way a browser is — the identity service's form, then
 * nothing but the session cookie — calling the API as the web application's scripts do (CSRF token
 * as a header).
 */
final class BrowserSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String gateway;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private BrowserSession(String gateway) {
    this.gateway = gateway;
  }

  /** An answer: status and body, the body read as JSON on demand. */
  record Answer(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  /**
   * Signs {@code username} in with the demo password; fails if the person is not back at the
   * gateway.
   */
  static BrowserSession signIn(String username) throws IOException, InterruptedException {
    BrowserSession s = new BrowserSession(SystemUnderTest.platform().gatewayUrl());
    HttpResponse<String> login =
        s.navigate(page(URI.create(s.gateway + "/oauth2/authorization/loa")));
    Matcher csrf = CSRF.matcher(login.body());
    if (!csrf.find()) {
      throw new AssertionError("no sign-in form: " + login.uri());
    }
    String form =
        "username="
            + username
            + "&password=loa-demo&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> back =
        s.navigate(
            HttpRequest.newBuilder(login.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    // Signed in: back at the gateway's home page. A failed sign-in ends elsewhere (the identity
    // service's form again, or the gateway's /login?error).
    if (back.statusCode() != 200 || !back.uri().equals(URI.create(s.gateway + "/"))) {
      throw new AssertionError(
          username + " not signed in: " + back.statusCode() + " at " + back.uri());
    }
    return s;
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(gateway + path))
            .header("Accept", "application/json")
            .GET());
  }

  /** A POST with a JSON body ({@code null}: none) and the page's CSRF token. */
  Answer post(String path, Object body) throws IOException, InterruptedException {
    HttpRequest.BodyPublisher content =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    String xsrf =
        cookies.getCookieStore().get(URI.create(gateway)).stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(java.net.HttpCookie::getValue)
            .findFirst()
            .orElse("");
    return send(
        HttpRequest.newBuilder(URI.create(gateway + path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .header("X-XSRF-TOKEN", xsrf)
            .POST(content));
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r =
        browser.send(
            request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body());
  }

  private HttpResponse<String> navigate(HttpRequest first)
      throws IOException, InterruptedException {
    HttpResponse<String> r = browser.send(first, HttpResponse.BodyHandlers.ofString());
    for (int hops = 0; hops < 10 && r.statusCode() / 100 == 3; hops++) {
      r =
          browser.send(
              page(r.uri().resolve(r.headers().firstValue("Location").orElseThrow())),
              HttpResponse.BodyHandlers.ofString());
    }
    return r;
  }

  private static HttpRequest page(URI uri) {
    return HttpRequest.newBuilder(uri)
        .header("Accept", "text/html")
        .timeout(Duration.ofSeconds(30))
        .build();
  }
}
