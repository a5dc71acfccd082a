package vn.loa.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages for a request the security chain stops, before any controller runs: a page without a
 * valid token (a session that outlived its tokens) says so and links to sign in again; a refused
 * form (no or a wrong CSRF token) is {@code 403}. Plain HTML in the person's language, no data.
 */
@Component
class PageErrors {

  private final MessageSource messages;
  private final LocaleResolver locales;

  PageErrors(MessageSource messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
  }

  void unauthenticated(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    write(request, response, 401, "error.401", "/oauth2/authorization/loa", "error.signIn");
  }

  void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, 403, "error.403", "/", "error.back");
  }

  /**
   * A form whose file is larger than the pages accept ({@code 413}): said before anything of it is
   * read or sent on.
   */
  void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
    write(request, response, 413, "error.413", "/", "error.back");
  }

  private void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String text,
      String link,
      String linkText)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"loa\"");
    }
    response.setContentType("text/html;charset=UTF-8");
    String lang = locale.getLanguage();
    String page =
        "<!DOCTYPE html><html lang=\""
            + lang
            + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
            + " content=\"width=device-width, initial-scale=1\"><title>"
            + m("error.title", locale)
            + " — Loa</title><link rel=\"stylesheet\" href=\"/assets/loa.css\"></head><body>"
            + "<main class=\"page narrow\"><h1>"
            + m("error.title", locale)
            + "</h1><p role=\"alert\">"
            + m(text, locale)
            + "</p><p><a class=\"button\" href=\""
            + link
            + "\">"
            + m(linkText, locale)
            + "</a></p></main></body></html>";
    response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
  }

  private String m(String key, Locale locale) {
    return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale), "UTF-8");
  }
}
