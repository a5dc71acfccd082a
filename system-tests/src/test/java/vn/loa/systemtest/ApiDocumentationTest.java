package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import vn.loa.testsupport.Http;

/**
 * An integrator finds the whole API through the gateway (issue 16): one OpenAPI 3.1 document at
 * {@code /v3/api-docs} gathered from the services, and Swagger UI, for whoever is signed in; what
 * it documents is exactly what the gateway routes to the services.
 */
class ApiDocumentationTest {

  /** The path patterns the gateway routes to the three API services (its application.yml). */
  @SuppressWarnings("unchecked")
  static List<String> routed() throws IOException {
    try (InputStream in =
        Files.newInputStream(Path.of("..", "gateway/src/main/resources/application.yml"))) {
      Map<String, Object> yml = new Yaml().load(in);
      Map<String, Object> cloud =
          (Map<String, Object>) ((Map<String, Object>) yml.get("spring")).get("cloud");
      Map<String, Object> gateway = (Map<String, Object>) cloud.get("gateway");
      Map<String, Object> server =
          (Map<String, Object>) ((Map<String, Object>) gateway.get("server")).get("webflux");
      List<String> patterns = new ArrayList<>();
      for (Map<String, Object> route : (List<Map<String, Object>>) server.get("routes")) {
        if (!List.of("plan-service", "task-service", "report-aggregator")
            .contains(route.get("id"))) {
          continue;
        }
        for (Object p : (List<Object>) route.get("predicates")) {
          String predicate = p.toString();
          if (predicate.startsWith("Path=")) {
            patterns.addAll(List.of(predicate.substring(5).split(",")));
          }
        }
      }
      return patterns;
    }
  }

  static boolean matches(String pattern, String path) {
    return pattern.endsWith("/**")
        ? path.startsWith(pattern.substring(0, pattern.length() - 2))
        : pattern.equals(path);
  }

  @Test
  void the_documented_paths_are_the_routed_paths() throws IOException {
    Http.Response r = SystemUnderTest.gateway().get("/v3/api-docs");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode doc = r.json();
    assertThat(doc.get("openapi").asString()).startsWith("3.1");
    assertThat(doc.get("info").get("description").asString()).doesNotContain("không trả lời");
    Set<String> documented = new TreeSet<>(doc.get("paths").propertyNames());
    List<String> routes = routed();
    assertThat(routes).hasSizeGreaterThan(10);
    assertThat(documented)
        .as("every documented path is routed")
        .allMatch(path -> routes.stream().anyMatch(p -> matches(p, path)));
    assertThat(routes)
        .as("every routed path is documented")
        .allMatch(p -> documented.stream().anyMatch(path -> matches(p, path)));
    assertThat(documented)
        .contains(
            "/api/activities",
            "/api/plans/{id}/document.docx",
            "/api/reports/{id}/document.docx",
            "/api/statistics/totals");
    assertThat(doc.get("components").get("schemas").has("Problem")).isTrue();
    assertThat(doc.get("components").get("securitySchemes").has("bearer")).isTrue();
    // Every operation of every service says what it does, in Vietnamese; every change that takes
    // If-Match says what a stale version gets.
    JsonNode paths = doc.get("paths");
    for (String path : paths.propertyNames()) {
      for (String method : paths.get(path).propertyNames()) {
        JsonNode op = paths.get(path).get(method);
        assertThat(op.path("summary").asString())
            .as(method + " " + path)
            .matches(".*[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữíìịỉĩóòọỏõúùụủũýỳỵỷỹ].*");
        boolean ifMatch =
            op.path("parameters")
                .valueStream()
                .anyMatch(p -> p.path("name").asString().equals("If-Match"));
        if (ifMatch) {
          assertThat(op.at("/responses/412").isMissingNode()).as(method + " " + path).isFalse();
        }
      }
    }
  }

  @Test
  void swagger_ui_shows_it_to_the_signed_in_and_nobody_else() {
    Http.Response ui = SystemUnderTest.gateway().get("/swagger-ui/index.html");
    assertThat(ui.status()).as(ui.toString()).isEqualTo(200);
    assertThat(ui.text()).contains("swagger-ui");
    Http.Response config = SystemUnderTest.gateway().get("/v3/api-docs/gateway/swagger-config");
    assertThat(config.status()).as(config.toString()).isEqualTo(200);
    assertThat(config.json().get("url").asString()).isEqualTo("/v3/api-docs");
    Http anonymous = new Http(SystemUnderTest.platform().gatewayUrl());
    assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(401);
    assertThat(anonymous.get("/swagger-ui/index.html").status()).isIn(401, 302);
  }

  @Test
  void an_integrator_reads_the_api_in_swagger_ui_in_a_browser() {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    String identity = SystemUnderTest.platform().config().identityIssuer();
    for (int width : new int[] {1280, 360}) {
      Chromium.journey(
          width,
          900,
          browser -> {
            Chromium.signIn(browser, gateway, identity, "admin.hp");
            browser.get(gateway + "/swagger-ui/index.html");
            Chromium.await(browser)
                .until(
                    org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBeMoreThan(
                        org.openqa.selenium.By.cssSelector(".opblock"), 50));
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector(".title")).getText())
                .startsWith("Loa API");
            assertThat(browser.getPageSource())
                .contains("/api/activities", "/api/reports/{id}/document.docx");
            Chromium.screenshot(browser, "swagger-ui-" + width);
          });
    }
  }
}
