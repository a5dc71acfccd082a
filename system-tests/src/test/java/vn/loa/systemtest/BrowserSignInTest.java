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
 * A commune officer signs in the way a browser does — the gateway sends it to the identity service, the
 * officer types the demo password, the gateway keeps the tokens in its session — and with nothing but the
 * session cookie reaches the commune's data and no other commune's.
 */
class BrowserSignInTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Follows redirects like a browser; the last answer. */
  HttpResponse<String> navigate(HttpRequest first) throws IOException, InterruptedException {
    HttpResponse<String> r = browser.send(first, HttpResponse.BodyHandlers.ofString());
    for (int hops = 0; hops < 10 && r.statusCode() / 100 == 3; hops++) {
      URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
      r = browser.send(page(next), HttpResponse.BodyHandlers.ofString());
    }
    return r;
  }

  /** A call of the web application's scripts: JSON, with the session cookie only. */
  HttpResponse<String> api(URI uri) throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(uri).header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest page(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build();
  }

  @Test
  void a_commune_officer_signs_in_once_and_the_session_reaches_only_the_commune() throws Exception {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    URI own = URI.create(gateway + "/api/statistics/totals?unit=hp-kim-thanh&period=2025");

    HttpResponse<String> login = navigate(page(own));
    assertThat(login.uri().toString()).startsWith(SystemUnderTest.platform().config().identityIssuer() + "/login");
    Matcher csrf = CSRF.matcher(login.body());
    assertThat(csrf.find()).as(login.body()).isTrue();

    String form = "username=officer.kim-thanh&password=loa-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        navigate(
            HttpRequest.newBuilder(login.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertThat(signedIn.uri().toString()).as(signedIn.body()).startsWith(gateway);

    // From now on the browser sends nothing but its session cookie.
    HttpResponse<String> mine = api(own);
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    assertThat(mine.body()).contains("\"unitId\":\"hp-kim-thanh\"");
    HttpResponse<String> foreign = api(URI.create(gateway + "/api/statistics/totals?unit=hp-x001&period=2025"));
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).doesNotContain("\"total\"");
    assertThat(api(URI.create(gateway + "/api/activities?unit=hp-x001")).statusCode()).isEqualTo(403);
    assertThat(api(URI.create(gateway + "/api/reports?unit=hp-x001")).statusCode()).isEqualTo(403);
    assertThat(api(URI.create(gateway + "/api/statistics/totals?unit=hp&period=2025")).statusCode()).isEqualTo(403);
    assertThat(api(URI.create(gateway + "/api/activities?unit=hp-kim-thanh-vhxh")).statusCode()).isEqualTo(200);
  }

  @Test
  void a_wrong_password_signs_nobody_in() throws Exception {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    HttpResponse<String> login = navigate(page(URI.create(gateway + "/api/reports?unit=hp-kim-thanh")));
    Matcher csrf = CSRF.matcher(login.body());
    assertThat(csrf.find()).isTrue();
    String form = "username=officer.kim-thanh&password=guess&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> refused =
        navigate(
            HttpRequest.newBuilder(login.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertThat(refused.uri().toString()).contains("/login?error");
    assertThat(api(URI.create(gateway + "/api/reports?unit=hp-kim-thanh")).statusCode()).isEqualTo(401);
  }
}
