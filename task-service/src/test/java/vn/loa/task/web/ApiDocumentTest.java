package vn.loa.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;

/**
 * task-service describes its API in OpenAPI 3.1 at {@code /v3/api-docs} for the gateway to gather:
 * its paths, the bearer token, the problem every refusal answers with.
 */
@IntegrationTest
class ApiDocumentTest {

  @LocalServerPort int port;

  @Test
  void the_api_is_described_with_its_security_and_its_problems() {
    Http.Response r = Http.localhost(port).get("/v3/api-docs");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode doc = r.json();
    assertThat(doc.get("openapi").asString()).startsWith("3.1");
    assertThat(doc.get("paths").propertyNames())
        .contains("/api/activities", "/api/activities/{id}", "/api/tasks", "/api/categories")
        .allMatch(p -> p.startsWith("/api/"));
    JsonNode record = doc.get("paths").get("/api/activities").get("post");
    assertThat(record.get("responses").get("400").get("content").get("application/problem+json"))
        .isNotNull();
    assertThat(doc.get("components").get("schemas").get("Problem").get("properties").has("errors"))
        .isTrue();
    assertThat(doc.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
        .isEqualTo("bearer");
    assertThat(doc.get("security").get(0).has("bearer")).isTrue();
    // the headers a retry and a correction depend on, and the operations grouped in Vietnamese
    assertThat(record.get("parameters").valueStream().map(p -> p.get("name").asString()))
        .contains("Idempotency-Key");
    assertThat(
            doc.get("paths")
                .get("/api/activities/{id}")
                .get("put")
                .get("parameters")
                .valueStream()
                .map(p -> p.get("name").asString()))
        .contains("If-Match");
    assertThat(record.get("tags").get(0).asString()).isEqualTo("Hoạt động");
    // what an integrator reads first: in Vietnamese, with an example and the headers answered
    assertThat(record.get("summary").asString()).isEqualTo("Ghi nhận một hoạt động tuyên truyền");
    assertThat(
            record
                .at("/requestBody/content/application~1json/examples/Phát thanh/value")
                .toString())
        .contains("hp-kim-thanh-vhxh", "Đài truyền thanh xã");
    assertThat(record.at("/responses/201/headers").propertyNames())
        .contains("Location", "ETag", "Idempotent-Replayed");
    assertThat(doc.get("tags").valueStream().map(t -> t.get("name").asString()))
        .contains("Hoạt động", "Nhiệm vụ", "Hình thức tuyên truyền");
  }

  @Test
  void every_operation_says_in_vietnamese_what_it_does_and_versioned_ones_name_their_headers() {
    JsonNode paths = Http.localhost(port).get("/v3/api-docs").json().get("paths");
    for (String path : paths.propertyNames()) {
      for (String method : paths.get(path).propertyNames()) {
        assertThat(paths.get(path).get(method).path("summary").asString())
            .as(method + " " + path)
            .isNotBlank()
            .matches(".*[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữíìịỉĩóòọỏõúùụủũýỳỵỷỹ].*");
      }
    }
    // A task: read it, get its version as ETag; change it with If-Match, or be refused with 412.
    JsonNode task = paths.get("/api/tasks/{id}");
    assertThat(task.at("/get/responses/200/headers").propertyNames()).contains("ETag");
    JsonNode ifMatch =
        task.get("patch")
            .get("parameters")
            .valueStream()
            .filter(p -> p.get("name").asString().equals("If-Match"))
            .findFirst()
            .orElseThrow();
    assertThat(ifMatch.get("in").asString()).isEqualTo("header");
    assertThat(ifMatch.get("description").asString()).contains("ETag", "412");
    assertThat(task.at("/patch/responses/412/content/application~1problem+json")).isNotNull();
    assertThat(task.at("/patch/responses/200/headers").propertyNames()).contains("ETag");
    assertThat(
            task.at("/patch/requestBody/content/application~1json/examples/Đã hoàn thành/value")
                .toString())
        .contains("DONE", "Cổng thông tin điện tử xã");
    // a list has no version of its own
    assertThat(paths.at("/api/tasks/get/responses/200/headers").isMissingNode()).isTrue();
  }
}
