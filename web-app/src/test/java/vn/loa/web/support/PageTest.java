package vn.loa.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;

/**
 * The web application on a random port, its tokens from the test identity provider, its API the
 * {@link FakeApi}: each test sets the API's answers, asks for pages as the gateway forwards them
 * (with the person's relayed token) and asserts what the person sees and what the pages sent.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"management.server.port=0"})
@Import(PageTest.EveryPageChecked.class)
public abstract class PageTest {

  /** The pages a test received that are not valid HTML, with the checker's errors. */
  private static final Queue<String> INVALID = new ConcurrentLinkedQueue<>();

  protected static final FakeApi API = new FakeApi();

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void wiring(DynamicPropertyRegistry registry) {
    registry.add("loa.identity.issuer", () -> TestIdentity.get().issuer());
    registry.add("loa.identity.jwk-set-uri", () -> TestIdentity.get().jwkSetUri());
    registry.add("loa.web.api-url", API::url);
  }

  @BeforeEach
  void freshApi() {
    API.reset();
    INVALID.clear();
  }

  /** Every page a test received, forms, error pages and fragments alike, is valid HTML. */
  @AfterEach
  void everyPageWasValidHtml() {
    assertThat(INVALID).as("pages that are not valid HTML").isEmpty();
  }

  /**
   * Hands every HTML page the application sends to the HTML checker before it leaves, and keeps the
   * invalid ones for {@link #everyPageWasValidHtml()}.
   */
  @TestConfiguration(proxyBeanMethods = false)
  static class EveryPageChecked {
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> htmlCheck() {
      FilterRegistrationBean<OncePerRequestFilter> registration =
          new FilterRegistrationBean<>(
              new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                    HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                  ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
                  chain.doFilter(request, page);
                  String type = page.getContentType();
                  if (type != null && type.startsWith("text/html")) {
                    String html = new String(page.getContentAsByteArray(), StandardCharsets.UTF_8);
                    List<String> errors = ValidHtml.errors(html);
                    if (!errors.isEmpty()) {
                      INVALID.add(
                          request.getMethod() + " " + request.getRequestURI() + ": " + errors);
                    }
                  }
                  page.copyBodyToResponse();
                }
              });
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }

  /** The pages as a person with {@code token} reaches them through the gateway. */
  protected Http pages(String token) {
    return new Http("http://127.0.0.1:" + port).as(token);
  }

  /** The frame of every page: the person's unit. */
  protected static void unit(String id, String name, String type, String parent) {
    API.json(
        "/api/org-units/" + id,
        """
        {"id":"%s","code":"31-1","name":"%s","type":"%s","parentId":%s,"version":1}
        """
            .formatted(id, name, type, parent == null ? "null" : "\"" + parent + "\""));
  }

  protected static void categories() {
    API.json(
        "/api/categories",
        """
        [{"code":"BROADCAST","nameVi":"Phát thanh, truyền thanh, truyền hình","nameEn":"Radio, loudspeaker and TV broadcasts","order":4,"active":true,"version":1},
         {"code":"PRESS_ARTICLE","nameVi":"Tin, bài trên báo chí","nameEn":"Press articles","order":1,"active":true,"version":1},
         {"code":"OLD_FORM","nameVi":"Hình thức cũ","nameEn":"Old form","order":9,"active":false,"version":2}]
        """);
  }

  /** A form post with the page's CSRF token taken from {@code formPage} (its cookie and field). */
  protected static Http.Response post(
      Http http, Http.Response formPage, String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", hidden(formPage.text(), "_csrf"));
    return http.send(
        "POST",
        path,
        urlEncoded(all),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "Cookie",
        csrfCookie(formPage));
  }

  protected static String urlEncoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The page's CSRF cookie as a {@code Cookie} header value. */
  protected static String csrfCookie(Http.Response page) {
    return page.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
        .flatMap(e -> e.getValue().stream())
        .filter(c -> c.startsWith("LOA-PAGE-CSRF="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no LOA-PAGE-CSRF cookie on the form page"));
  }

  /** The value of the hidden field {@code name} of the page (its last one: the form's). */
  protected static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile(
                "<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
            .matcher(html);
    String value = null;
    while (m.find()) {
      value = m.group(1);
    }
    if (value == null) {
      Matcher id =
          Pattern.compile(
                  "<input type=\"hidden\" id=\""
                      + Pattern.quote(name)
                      + "\" name=\""
                      + Pattern.quote(name)
                      + "\" value=\"([^\"]*)\"")
              .matcher(html);
      if (id.find()) {
        return id.group(1);
      }
      throw new AssertionError("no hidden field " + name);
    }
    return value;
  }

  /** The text of the element with {@code id} (up to its closing tag), tags removed. */
  protected static String byId(String html, String id) {
    Matcher m =
        Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL)
            .matcher(html);
    return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : null;
  }

  /**
   * A form with a file as a browser sends it (multipart/form-data), with the CSRF token of {@code
   * formPage}; {@code fileName} {@code null} sends the file field empty, as a browser does when no
   * file was chosen.
   */
  protected java.net.http.HttpResponse<String> multipart(
      String token,
      String path,
      Http.Response formPage,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String fileType,
      String fileContent)
      throws Exception {
    String boundary = "loa" + java.util.UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", hidden(formPage.text(), "_csrf"));
    all.forEach(
        (k, v) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
    body.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(fileField)
        .append("\"; filename=\"")
        .append(fileName == null ? "" : fileName)
        .append("\"\r\nContent-Type: ")
        .append(fileType)
        .append("\r\n\r\n")
        .append(fileContent)
        .append("\r\n--")
        .append(boundary)
        .append("--\r\n");
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Cookie", csrfCookie(formPage))
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    body.toString(), StandardCharsets.UTF_8))
            .build();
    try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
      return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }
  }
}
