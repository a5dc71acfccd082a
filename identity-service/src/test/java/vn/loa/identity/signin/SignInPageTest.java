package vn.loa.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;

/**
 * The sign-in page speaks Vietnamese, names the system, labels its fields, and says why a sign-in
 * failed.
 */
@IntegrationTest
class SignInPageTest {

  @LocalServerPort int port;

  @Test
  void the_page_is_vietnamese_with_the_systems_name_labelled_fields_and_the_csrf_token() {
    Http.Response page = Http.localhost(port).get("/login");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.text())
        .contains(
            "<html lang=\"vi\">",
            "Loa — Hệ thống tuyên truyền cải cách hành chính",
            "<h1>Đăng nhập</h1>")
        .contains(
            "<label for=\"username\">Tên đăng nhập</label>",
            "<label for=\"password\">Mật khẩu</label>")
        .containsPattern("name=\"_csrf\" value=\"[^\"]+\"")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .doesNotContain("Please sign in");
  }

  @Test
  void a_failed_sign_in_is_explained_and_english_is_there_on_request() {
    assertThat(Http.localhost(port).get("/login?error").text())
        .contains("role=\"alert\">Tên đăng nhập hoặc mật khẩu không đúng.");
    // Vietnamese first: a browser's default English Accept-Language does not switch the page, the
    // link does.
    assertThat(Http.localhost(port).get("/login", "Accept-Language", "en-US,en;q=0.9").text())
        .contains("<h1>Đăng nhập</h1>", "href=\"/login?lang=en\"");
    Http.Response english = Http.localhost(port).get("/login?error&lang=en");
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.text())
        .contains(
            "<html lang=\"en\">", "<h1>Sign in</h1>", "Wrong user name or password.", "Tiếng Việt");
  }
}
