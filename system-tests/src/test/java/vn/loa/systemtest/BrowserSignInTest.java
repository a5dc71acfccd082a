package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * A commune officer signs in the way a browser does — the gateway sends it to the identity service,
 * the officer types the demo password, the gateway keeps the tokens in its session — and with
 * nothing but the session cookie reaches the commune's data and no other commune's.
 */
class BrowserSignInTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Follows redirects like a browser; the last answer. */
  HttpResponse<String> navigate(HttpRequest first) throws IOException, InterruptedException {
    HttpResponse<String> r = browser.send(first, HttpResponse.BodyHandlers.ofString());
    setCookies.addAll(r.headers().allValues("Set-Cookie"));
    for (int hops = 0; hops < 10 && r.statusCode() / 100 == 3; hops++) {
      URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
      r = browser.send(page(next), HttpResponse.BodyHandlers.ofString());
      setCookies.addAll(r.headers().allValues("Set-Cookie"));
    }
    return r;
  }

  /** Every Set-Cookie header the browser received, as sent. */
  private final java.util.List<String> setCookies = new java.util.ArrayList<>();

  /** A call of the web application's scripts: JSON, with the session cookie only. */
  HttpResponse<String> api(URI uri) throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest page(URI uri) {
    return HttpRequest.newBuilder(uri)
        .header("Accept", "text/html")
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  @Test
  void a_commune_officer_signs_in_once_and_the_session_reaches_only_the_commune() throws Exception {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    URI own = URI.create(gateway + "/api/statistics/totals?unit=hp-kim-thanh&period=2025");

    HttpResponse<String> login = navigate(page(own));
    assertThat(login.uri().toString())
        .startsWith(SystemUnderTest.platform().config().identityIssuer() + "/login");
    Matcher csrf = CSRF.matcher(login.body());
    assertThat(csrf.find()).as(login.body()).isTrue();

    String form =
        "username=officer.kim-thanh&password=loa-demo&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        navigate(
            HttpRequest.newBuilder(login.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    // Back where the officer was going before signing in.
    assertThat(signedIn.uri()).as(signedIn.body()).isEqualTo(own);

    // From now on the browser sends nothing but its session cookie.
    HttpResponse<String> mine = api(own);
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    assertThat(mine.body()).contains("\"unitId\":\"hp-kim-thanh\"");
    HttpResponse<String> foreign =
        api(URI.create(gateway + "/api/statistics/totals?unit=hp-x001&period=2025"));
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).doesNotContain("\"total\"");
    assertThat(api(URI.create(gateway + "/api/activities?unit=hp-x001")).statusCode())
        .isEqualTo(403);
    assertThat(api(URI.create(gateway + "/api/reports?unit=hp-x001")).statusCode()).isEqualTo(403);
    assertThat(api(URI.create(gateway + "/api/statistics/totals?unit=hp&period=2025")).statusCode())
        .isEqualTo(403);
    assertThat(api(URI.create(gateway + "/api/activities?unit=hp-kim-thanh-vhxh")).statusCode())
        .isEqualTo(200);
  }

  /** The browser's cookie {@code name} for {@code uri}, or {@code null}. */
  String cookie(String uri, String name) {
    return cookies.getCookieStore().get(URI.create(uri)).stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Signs the demo commune officer in; the last answer (a page of the gateway). */
  HttpResponse<String> signIn(String gateway) throws Exception {
    HttpResponse<String> login =
        navigate(
            page(URI.create(gateway + "/api/statistics/totals?unit=hp-kim-thanh&period=2025")));
    Matcher csrf = CSRF.matcher(login.body());
    assertThat(csrf.find()).as(login.body()).isTrue();
    String form =
        "username=officer.kim-thanh&password=loa-demo&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    return navigate(
        HttpRequest.newBuilder(login.uri().resolve("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html,application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site_and_a_new_sign_in_gets_a_new_session_id()
      throws Exception {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    assertThat(signIn(gateway).uri().toString()).startsWith(gateway);
    java.net.HttpCookie session =
        cookies.getCookieStore().get(URI.create(gateway)).stream()
            .filter(c -> c.getName().equals("SESSION"))
            .findFirst()
            .orElseThrow();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(setCookies)
        .filteredOn(c -> c.startsWith("SESSION="))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.toLowerCase()).contains("httponly").contains("samesite=lax"));
    String first = session.getValue();

    // Signing in again (the identity service still knows the person) must not keep the old session
    // id.
    HttpResponse<String> again = navigate(page(URI.create(gateway + "/oauth2/authorization/loa")));
    assertThat(again.uri().toString()).startsWith(gateway);
    assertThat(cookie(gateway, "SESSION")).isNotNull().isNotEqualTo(first);
    assertThat(
            api(URI.create(gateway + "/api/statistics/totals?unit=hp-kim-thanh&period=2025"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void sign_out_ends_the_session_at_the_gateway_and_at_the_identity_service() throws Exception {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    signIn(gateway);
    URI own = URI.create(gateway + "/api/statistics/totals?unit=hp-kim-thanh&period=2025");
    assertThat(api(own).statusCode()).isEqualTo(200);
    // The page has the CSRF token as a cookie its script can read, and sends it back as a header.
    String xsrf = cookie(gateway, "XSRF-TOKEN");
    assertThat(xsrf).as("the gateway hands the page its CSRF token").isNotNull();

    HttpResponse<String> withoutToken =
        browser.send(
            HttpRequest.newBuilder(URI.create(gateway + "/logout"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).as("sign-out without the CSRF token").isEqualTo(403);
    assertThat(api(own).statusCode()).isEqualTo(200);

    HttpResponse<String> signedOut =
        navigate(
            HttpRequest.newBuilder(URI.create(gateway + "/logout"))
                .header("X-XSRF-TOKEN", xsrf)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    // Back at the gateway's start, which sends a signed-out browser to the sign-in page: the
    // password is asked again, the person is not signed straight back in.
    assertThat(signedOut.uri().toString())
        .startsWith(SystemUnderTest.platform().config().identityIssuer() + "/login");
    assertThat(CSRF.matcher(signedOut.body()).find()).isTrue();
    assertThat(api(own).statusCode()).isEqualTo(401);
  }

  @Test
  void a_wrong_password_signs_nobody_in() throws Exception {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    HttpResponse<String> login =
        navigate(page(URI.create(gateway + "/api/reports?unit=hp-kim-thanh")));
    Matcher csrf = CSRF.matcher(login.body());
    assertThat(csrf.find()).isTrue();
    String form =
        "username=officer.kim-thanh&password=guess&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> refused =
        navigate(
            HttpRequest.newBuilder(login.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertThat(refused.uri().toString()).contains("/login?error");
    assertThat(api(URI.create(gateway + "/api/reports?unit=hp-kim-thanh")).statusCode())
        .isEqualTo(401);
  }
}
