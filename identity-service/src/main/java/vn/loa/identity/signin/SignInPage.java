package vn.loa.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page of Loa's identity service, in Vietnamese (English on request): the system's
 * name, the two fields with their labels, the error of a failed attempt. One small page, no script,
 * readable on a phone; the form posts to {@code /login} with the CSRF token, as Spring Security
 * expects.
 */
@Controller
class SignInPage {

  record Texts(
      String lang,
      String title,
      String system,
      String heading,
      String user,
      String password,
      String submit,
      String failed,
      String signedOut,
      String help,
      String otherLanguage,
      String otherLanguageLink) {}

  static final Texts VI =
      new Texts(
          "vi",
          "Đăng nhập — Loa",
          "Loa — Hệ thống tuyên truyền cải cách hành chính",
          "Đăng nhập",
          "Tên đăng nhập",
          "Mật khẩu",
          "Đăng nhập",
          "Tên đăng nhập hoặc mật khẩu không đúng.",
          "Bạn đã đăng xuất.",
          "Tài khoản do đơn vị quản trị cấp. Quên mật khẩu: liên hệ quản trị hệ thống của đơn vị.",
          "English",
          "/login?lang=en");
  static final Texts EN =
      new Texts(
          "en",
          "Sign in — Loa",
          "Loa — administrative reform communication",
          "Sign in",
          "User name",
          "Password",
          "Sign in",
          "Wrong user name or password.",
          "You have signed out.",
          "Accounts are issued by your unit's administrator. Forgotten password: ask your unit's"
              + " administrator.",
          "Tiếng Việt",
          "/login");

  @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  @ResponseBody
  String page(HttpServletRequest request) {
    // Vietnamese first: a browser's default Accept-Language (often en-US) does not switch the page;
    // the person chooses English with the link on the page (?lang=en).
    Texts t = "en".equalsIgnoreCase(request.getParameter("lang")) ? EN : VI;
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String notice =
        request.getParameter("error") != null
            ? "<p class=\"notice error\" role=\"alert\">" + t.failed() + "</p>"
            : request.getParameter("logout") != null
                ? "<p class=\"notice\" role=\"status\">" + t.signedOut() + "</p>"
                : "";
    String hidden =
        csrf == null
            ? ""
            : "<input type=\"hidden\" name=\""
                + HtmlUtils.htmlEscape(csrf.getParameterName())
                + "\" value=\""
                + HtmlUtils.htmlEscape(csrf.getToken())
                + "\">";
    return """
    <!DOCTYPE html>
    <html lang="%s">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>%s</title>
    <style>
      * { box-sizing: border-box; }
      body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; background: #f3f5f8; }
      header { background: #a3161a; color: #fff; padding: 14px 20px; font-weight: 600; display: flex; justify-content: space-between; gap: 12px; }
      header a.lang { color: #fff; font-weight: 400; white-space: nowrap; }
      main { max-width: 400px; margin: 32px auto; padding: 0 16px; }
      .card { background: #fff; border: 1px solid #d6dbe1; border-radius: 8px; padding: 24px; }
      h1 { font-size: 1.5rem; margin: 0 0 16px; }
      label { display: block; font-weight: 600; margin: 16px 0 6px; }
      input[type=text], input[type=password] { width: 100%%; padding: 10px 12px; font-size: 1rem; border: 1px solid #8a96a3; border-radius: 6px; }
      input:focus, button:focus { outline: 3px solid #f2b705; outline-offset: 1px; }
      button { width: 100%%; margin-top: 24px; padding: 12px; font-size: 1rem; font-weight: 600; color: #fff; background: #a3161a; border: 0; border-radius: 6px; cursor: pointer; }
      .notice { padding: 10px 12px; border-radius: 6px; background: #e8f1fb; margin: 0 0 8px; }
      .notice.error { background: #fdecea; color: #8a1c14; }
      .help { color: #4a5560; font-size: .9rem; margin-top: 20px; }
    </style>
    </head>
    <body>
    <header><span>%s</span> <a class="lang" href="%s" lang="%s">%s</a></header>
    <main>
    <div class="card">
    <h1>%s</h1>
    %s
    <form method="post" action="/login">
    <label for="username">%s</label>
    <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" required autofocus>
    <label for="password">%s</label>
    <input type="password" id="password" name="password" autocomplete="current-password" required>
    %s
    <button type="submit">%s</button>
    </form>
    <p class="help">%s</p>
    </div>
    </main>
    </body>
    </html>
    """
        .formatted(
            t.lang(),
            t.title(),
            t.system(),
            t.otherLanguageLink(),
            t == VI ? "en" : "vi",
            t.otherLanguage(),
            t.heading(),
            notice,
            t.user(),
            t.password(),
            hidden,
            t.submit(),
            t.help());
  }
}
