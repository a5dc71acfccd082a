package vn.loa.task.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

/**
 * Every way a request to record an activity can be wrong: a clear problem, nothing stored, nothing
 * published.
 */
@IntegrationTest
class ActivityBadInputTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgUnitDirectory directory;

  Http http;
  static String commune;

  @BeforeEach
  void aCommune() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", units.id("hp")));
    var province = units.province("hp");
    var kimThanh = units.commune("kim-thanh", province.id(), LocalDate.of(2025, 7, 1));
    units.publish(province, kimThanh);
    commune = kimThanh.id();
    await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(commune).isPresent());
  }

  @AfterEach
  void nothingWasStoredOrPublished() {
    assertThat(http.get("/api/activities?unit=" + commune).json().size()).isZero();
    assertThat(TopicReader.readAll(ActivityEvents.TOPIC.name()))
        .noneMatch(r -> r.value() != null && r.value().contains(commune));
  }

  static Map<String, Object> valid() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitId", commune);
    body.put("category", "CONFERENCE");
    body.put("occurredOn", "2025-08-20");
    body.put("title", "Hội nghị đối thoại với người dân về thủ tục hành chính");
    body.put("quantity", 1);
    body.put("participants", 120);
    return body;
  }

  static Arguments invalid(String field, String code, Consumer<Map<String, Object>> change) {
    return Arguments.of(field, code, change);
  }

  static Stream<Arguments> invalidFields() {
    String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
    return Stream.of(
        invalid("unitId", "required", b -> b.remove("unitId")),
        invalid("unitId", "inactive-unit", b -> b.put("occurredOn", "2025-06-30")),
        invalid("category", "required", b -> b.remove("category")),
        invalid("category", "unknown-category", b -> b.put("category", "CARRIER_PIGEON")),
        invalid("occurredOn", "required", b -> b.remove("occurredOn")),
        invalid("occurredOn", "future-date", b -> b.put("occurredOn", tomorrow)),
        invalid("occurredOn", "too-early", b -> b.put("occurredOn", "1999-12-31")),
        invalid("occurredOn", "type", b -> b.put("occurredOn", "2025-13-45")),
        invalid("title", "required", b -> b.put("title", "   ")),
        invalid("title", "too-long", b -> b.put("title", "x".repeat(501))),
        invalid("title", "formula", b -> b.put("title", "=HYPERLINK(\"http://x\",\"Bấm\")")),
        invalid("title", "formula", b -> b.put("title", "@SUM(A1)")),
        invalid("title", "control-characters", b -> b.put("title", "Phát thanh\u0000CCHC")),
        invalid("title", "control-characters", b -> b.put("title", "Chuông\u0007")),
        invalid("outlet", "formula", b -> b.put("outlet", "+Đài")),
        invalid("outlet", "control-characters", b -> b.put("outlet", "Đài\u001b[31m")),
        invalid("quantity", "required", b -> b.remove("quantity")),
        invalid("quantity", "range", b -> b.put("quantity", 0)),
        invalid("quantity", "range", b -> b.put("quantity", -3)),
        invalid("quantity", "range", b -> b.put("quantity", 100_001)),
        invalid("quantity", "type", b -> b.put("quantity", 1.5)),
        invalid("quantity", "type", b -> b.put("quantity", "12")),
        invalid("participants", "range", b -> b.put("participants", -1)),
        invalid("outlet", "too-long", b -> b.put("outlet", "x".repeat(201))),
        invalid(
            "evidence[1]",
            "url",
            b -> b.put("evidence", List.of("https://a.vn/x", "javascript:alert(1)"))),
        invalid(
            "evidence",
            "too-many",
            b -> b.put("evidence", java.util.Collections.nCopies(21, "https://a.vn"))),
        invalid(
            "cooperatingUnitIds[0]",
            "unknown-unit",
            b -> b.put("cooperatingUnitIds", List.of("nowhere"))),
        invalid(
            "cooperatingUnitIds[0]",
            "duplicate-unit",
            b -> b.put("cooperatingUnitIds", List.of(commune))));
  }

  @Test
  void a_unit_nobody_knows_is_refused_like_a_unit_outside_the_callers_scope() {
    Map<String, Object> body = valid();
    body.put("unitId", "xa-khong-ton-tai");
    Http.Response response = http.post("/api/activities", body);
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("type").asString()).isEqualTo("urn:loa:problem:forbidden");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("invalidFields")
  void an_invalid_field_is_a_400_naming_the_field(
      String field, String code, Consumer<Map<String, Object>> change) {
    Map<String, Object> body = valid();
    change.accept(body);

    Http.Response response = http.post("/api/activities", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asString()).isEqualTo("urn:loa:problem:validation");
    assertThat(problem.get("errors").valueStream())
        .anySatisfy(
            e -> {
              assertThat(e.get("field").asString()).isEqualTo(field);
              assertThat(e.get("code").asString()).isEqualTo(code);
              assertThat(e.get("message").asString()).isNotBlank();
            });
  }

  @Test
  void every_violation_is_reported_at_once_in_vietnamese_by_default() {
    Map<String, Object> body = valid();
    body.put("quantity", 0);
    body.remove("title");
    body.put("category", "CARRIER_PIGEON");

    JsonNode problem = http.post("/api/activities", body).json();

    assertThat(problem.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
    assertThat(problem.get("errors").valueStream().map(e -> e.get("message").asString()).toList())
        .containsExactlyInAnyOrder(
            "Số lượng phải nằm trong khoảng từ 1 đến 100.000.",
            "Nội dung là bắt buộc.",
            "Hình thức tuyên truyền: không có hình thức tuyên truyền \"CARRIER_PIGEON\".");
  }

  @Test
  void messages_are_in_english_on_request() {
    Map<String, Object> body = valid();
    body.put("quantity", 0);

    JsonNode problem =
        http.post("/api/activities", body, "Accept-Language", "en-US,en;q=0.9").json();

    assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
    assertThat(problem.get("errors").get(0).get("message").asString())
        .isEqualTo("Quantity must be between 1 and 100,000.");
  }

  @Test
  void malformed_json_is_a_400() {
    Http.Response response =
        http.post("/api/activities", "{\"unitId\": \"" + commune + "\", \"quantity\": ");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("code").asString())
        .isEqualTo("malformed-json");

    Http.Response trailing = http.post("/api/activities", "{\"unitId\": \"" + commune + "\"} {}");
    assertThat(trailing.status()).isEqualTo(400);
  }

  @Test
  void an_empty_body_or_another_media_type_is_refused() {
    assertThat(
            http.send("POST", "/api/activities", "", "Content-Type", "application/json").status())
        .isEqualTo(400);
    assertThat(
            http.send("POST", "/api/activities", "quantity=1", "Content-Type", "text/plain")
                .status())
        .isEqualTo(415);
  }

  @Test
  void an_oversized_body_is_a_413() {
    Map<String, Object> body = valid();
    body.put("title", "x".repeat(70_000));

    Http.Response response = http.post("/api/activities", body);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("type").asString()).isEqualTo("urn:loa:problem:too-large");
  }

  @Test
  void list_parameters_are_checked() {
    assertThat(http.get("/api/activities").status()).isEqualTo(400);
    assertThat(http.get("/api/activities?unit=" + commune + "&size=0").status()).isEqualTo(400);
    assertThat(
            http.get("/api/activities?unit=" + commune + "&from=2025-09-01&to=2025-08-01").status())
        .isEqualTo(400);
    assertThat(http.get("/api/activities?unit=" + commune + "&from=yesterday").status())
        .isEqualTo(400);
  }

  @Test
  void an_unknown_activity_is_a_404_for_read_correct_and_withdraw() {
    assertThat(http.get("/api/activities/a-missing").status()).isEqualTo(404);
    assertThat(http.put("/api/activities/a-missing", valid(), "If-Match", "\"1\"").status())
        .isEqualTo(404);
    assertThat(http.delete("/api/activities/a-missing").status()).isEqualTo(404);
  }

  @Test
  void a_malformed_if_match_is_a_400() {
    assertThat(http.put("/api/activities/a-missing", valid(), "If-Match", "\"abc\"").status())
        .isEqualTo(400);
  }
}
