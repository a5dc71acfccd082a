package vn.loa.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;

/**
 * The gateway gathers the services' OpenAPI documents into one at {@code /v3/api-docs}: their paths
 * side by side, a schema two services name alike but describe differently kept apart, a service
 * that does not answer named instead of failing the whole; for the signed-in only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsTest {

  static final HttpServer PLAN =
      serve(
          """
          {"openapi":"3.1.0","paths":{"/api/plans":{"get":{"responses":{"200":{"description":"ok",
          "content":{"application/json":{"schema":{"$ref":"#/components/schemas/View"}}}}}}}},
          "components":{"schemas":{"View":{"type":"object","properties":{"number":{"type":"string"}}},
          "Problem":{"type":"object"}},"securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}},
          "tags":[{"name":"plans"}]}
          """);
  static final HttpServer TASK =
      serve(
          """
          {"openapi":"3.1.0","paths":{"/api/tasks":{"get":{"responses":{"200":{"description":"ok",
          "content":{"application/json":{"schema":{"$ref":"#/components/schemas/View"}}}}}}}},
          "components":{"schemas":{"View":{"type":"object","properties":{"due":{"type":"string"}}},
          "Problem":{"type":"object"}}}}
          """);

  static HttpServer serve(String doc) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/v3/api-docs",
          exchange -> {
            byte[] body = doc.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String url(HttpServer s) {
    return "http://127.0.0.1:" + s.getAddress().getPort();
  }

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("loa.identity.issuer", () -> TestIdentity.get().issuer());
    registry.add("loa.identity.jwk-set-uri", () -> TestIdentity.get().jwkSetUri());
    registry.add("loa.services.plan-service", () -> url(PLAN));
    registry.add("loa.services.task-service", () -> url(TASK));
    registry.add("loa.services.report-aggregator", () -> "http://127.0.0.1:9");
  }

  @AfterAll
  static void stop() {
    PLAN.stop(0);
    TASK.stop(0);
  }

  @LocalServerPort int port;

  @Test
  void one_document_of_the_services_with_their_schemas_kept_apart() {
    Http.Response r =
        Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", "hp")).get("/v3/api-docs");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode doc = r.json();
    assertThat(doc.get("openapi").asString()).isEqualTo("3.1.0");
    assertThat(doc.get("paths").propertyNames())
        .containsExactlyInAnyOrder("/api/plans", "/api/tasks");
    JsonNode schemas = doc.get("components").get("schemas");
    assertThat(schemas.propertyNames())
        .containsExactlyInAnyOrder("View", "TaskServiceView", "Problem");
    assertThat(schemas.get("TaskServiceView").get("properties").has("due")).isTrue();
    assertThat(
            doc.at("/paths/~1api~1tasks/get/responses/200/content/application~1json/schema/$ref")
                .asString())
        .isEqualTo("#/components/schemas/TaskServiceView");
    assertThat(
            doc.at("/paths/~1api~1plans/get/responses/200/content/application~1json/schema/$ref")
                .asString())
        .isEqualTo("#/components/schemas/View");
    assertThat(doc.get("components").get("securitySchemes").has("bearer")).isTrue();
    assertThat(doc.at("/components/securitySchemes/session/in").asString()).isEqualTo("cookie");
    assertThat(doc.get("security").valueStream().map(s -> s.propertyNames().iterator().next()))
        .containsExactly("bearer", "session");
    assertThat(doc.get("tags").get(0).get("name").asString()).isEqualTo("plans");
    assertThat(doc.get("info").get("description").asString())
        .contains("report-aggregator không trả lời");
  }

  @Test
  void only_for_the_signed_in() {
    assertThat(Http.localhost(port).get("/v3/api-docs").status()).isEqualTo(401);
    Http.Response ui =
        Http.localhost(port)
            .as(TestIdentity.token("CITY_ADMIN", "hp"))
            .get("/v3/api-docs/gateway/swagger-config");
    assertThat(ui.status()).as(ui.toString()).isEqualTo(200);
    assertThat(ui.json().get("url").asString()).isEqualTo("/v3/api-docs");
  }

  @Test
  void a_service_name_becomes_a_schema_prefix() {
    assertThat(ApiDocs.prefix("report-aggregator")).isEqualTo("ReportAggregator");
  }
}
