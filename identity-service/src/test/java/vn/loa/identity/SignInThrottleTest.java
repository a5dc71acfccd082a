package vn.loa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;

/**
 * Guessing is throttled: wrong passwords at the sign-in form and wrong client secrets at the token
 * endpoint, per address and per account, with {@code 429} and {@code Retry-After} — and a throttled
 * attempt is not even checked, so the right password does not get through either until the wait is
 * over. Other accounts from other addresses go on as normal.
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      "loa.demo.enabled=true",
      "loa.identity.throttle.address-burst=5",
      "loa.identity.throttle.address-per-second=0.001",
      "loa.identity.throttle.account-burst=3",
      "loa.identity.throttle.account-per-second=0.001",
    })
class SignInThrottleTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @LocalServerPort int port;

  /**
   * Posts the sign-in form from {@code address} as a browser would (session cookie and CSRF token
   * first).
   */
  Http.Response signIn(String address, String user, String password) {
    Http browser = Http.localhost(port).from(address);
    Http.Response page = browser.get("/login");
    String cookie = page.header("Set-Cookie").split(";")[0];
    Matcher csrf = CSRF.matcher(page.text());
    assertThat(csrf.find()).isTrue();
    String form =
        "username="
            + user
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    return browser.send(
        "POST",
        "/login",
        form.getBytes(StandardCharsets.UTF_8),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "Cookie",
        cookie);
  }

  static boolean refusedPassword(Http.Response r) {
    return r.status() == 302 && r.header("Location").contains("/login?error");
  }

  @Test
  void wrong_passwords_for_one_account_are_throttled_even_from_new_addresses_and_others_sign_in() {
    List<Http.Response> guesses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      guesses.add(signIn("127.0.6.1", "officer.x001", "guess-" + i));
    }
    assertThat(guesses).allMatch(SignInThrottleTest::refusedPassword);
    // The account's bucket is empty: the right password, even from another address, is not checked
    // now.
    Http.Response throttled = signIn("127.0.6.2", "officer.x001", DemoAccounts.PASSWORD);
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isNotNull();
    assertThat(throttled.text())
        .contains("urn:loa:problem:sign-in-throttled")
        .contains("Đăng nhập sai quá nhiều lần");
    // Another person from another address signs in.
    Http.Response other = signIn("127.0.6.3", "officer.kim-thanh", DemoAccounts.PASSWORD);
    assertThat(other.status()).isEqualTo(302);
    assertThat(other.header("Location")).doesNotContain("error");
  }

  @Test
  void one_address_guessing_many_accounts_is_throttled() {
    for (int i = 0; i < 5; i++) {
      assertThat(refusedPassword(signIn("127.0.7.1", "user-" + i, "guess"))).isTrue();
    }
    assertThat(signIn("127.0.7.1", "officer.skhcn", DemoAccounts.PASSWORD).status()).isEqualTo(429);
  }

  @Test
  void wrong_client_secrets_are_throttled_and_another_client_gets_its_token() {
    Http attacker = Http.localhost(port).from("127.0.8.1");
    for (int i = 0; i < 3; i++) {
      assertThat(attacker.clientCredentials("integrator-skhcn", "guess-" + i).status())
          .isEqualTo(401);
    }
    Http.Response throttled =
        Http.localhost(port)
            .from("127.0.8.2")
            .clientCredentials("integrator-skhcn", "integrator-skhcn-secret");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isNotNull();
    assertThat(
            Http.localhost(port)
                .from("127.0.8.3")
                .clientCredentials("integrator-kim-thanh", "integrator-kim-thanh-secret")
                .status())
        .isEqualTo(200);
  }

  @Test
  void visiting_the_sign_in_page_stores_no_session() {
    for (int i = 0; i < 20; i++) {
      Http.Response page = Http.localhost(port).from("127.0.9.1").get("/login");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.headers().getOrDefault("set-cookie", List.of()))
          .noneMatch(c -> c.startsWith("JSESSIONID="));
    }
  }

  @Test
  void metrics_are_not_on_the_public_port() {
    for (String path : List.of("/actuator/prometheus", "/actuator/metrics")) {
      Http.Response r = Http.localhost(port).get(path);
      assertThat(r.status()).as(path).isNotEqualTo(200);
      assertThat(r.text()).doesNotContain("jvm_");
    }
    assertThat(Http.localhost(port).get("/readyz").status()).isEqualTo(200);
  }
}
