package vn.loa.task.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.task.support.PlanEventsFixture.assignment;
import static vn.loa.task.support.PlanEventsFixture.content;
import static vn.loa.task.support.PlanEventsFixture.continuous;
import static vn.loa.task.support.PlanEventsFixture.issued;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.plan.PlanReplicas;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.task.support.PlanEventsFixture;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * Activities linked to plans and tasks, the category list as reference data, and the audit trail.
 */
@IntegrationTest
class ActivityLinksAndAuditTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgUnitDirectory directory;
  @Autowired PlanReplicas planReplicas;

  Http http;

  /** The signed-in caller every change is attributed to. */
  String me;

  String office;
  String other;
  String planId;

  @BeforeEach
  void aPlanWithTasks() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", units.id("tp")));
    me = "city_admin@" + units.id("tp");
    var province = units.province("tp");
    var commune = units.commune("xa", province.id(), LocalDate.of(2020, 1, 1));
    var otherCommune = units.commune("xa2", province.id(), LocalDate.of(2020, 1, 1));
    units.publish(province, commune, otherCommune);
    office = commune.id();
    other = otherCommune.id();
    planId = "p-" + UUID.randomUUID();
    new PlanEventsFixture(codec)
        .publish(
            issued(
                planId,
                1,
                2,
                content(
                    province.id(),
                    List.of(assignment(office, "LEAD", continuous(), "Phát thanh")))));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> directory.find(other).isPresent() && planReplicas.find(planId).isPresent());
  }

  Map<String, Object> activity(String unit, String day) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitId", unit);
    body.put("category", "BROADCAST");
    body.put("occurredOn", day);
    body.put("title", "Phát thanh chuyên mục CCHC");
    body.put("quantity", 8);
    body.put("planId", planId);
    return body;
  }

  String taskOf(String unit) {
    return http.get("/api/tasks?unit=" + unit).json().get(0).get("id").asString();
  }

  @Test
  void an_activity_linked_to_a_plan_must_fall_in_its_coverage() {
    assertThat(http.post("/api/activities", activity(office, "2025-08-01")).status())
        .isEqualTo(201);

    Http.Response before = http.post("/api/activities", activity(office, "2025-06-30"));
    assertThat(before.status()).isEqualTo(422);
    assertThat(before.json().get("errors").get(0).get("code").asString())
        .isEqualTo("outside-plan-coverage");
    Map<String, Object> unknown = activity(office, "2025-08-01");
    unknown.put("planId", "p-none");
    assertThat(http.post("/api/activities", unknown).status()).isEqualTo(422);
  }

  @Test
  void an_activity_may_fulfil_only_a_task_of_its_own_unit() {
    Map<String, Object> own = activity(office, "2025-08-01");
    own.put("taskId", taskOf(office));
    assertThat(http.post("/api/activities", own).status()).isEqualTo(201);

    Map<String, Object> foreign = activity(other, "2025-08-01");
    foreign.put("taskId", taskOf(office));
    foreign.remove("planId");
    Http.Response refused = http.post("/api/activities", foreign);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("code").asString())
        .isEqualTo("task-of-other-unit");
    assertThat(http.get("/api/activities?unit=" + other).json().size()).isZero();
  }

  @Test
  void the_audit_trail_shows_who_did_what_when_and_what_changed() {
    String location =
        http.post("/api/activities", activity(office, "2025-08-01")).header("Location");
    Map<String, Object> corrected = activity(office, "2025-08-01");
    corrected.put("quantity", 10);
    http.put(location, corrected, "If-Match", "\"1\"");
    http.delete(location);

    JsonNode history = http.get(location + "/history").json();
    assertThat(history.valueStream().map(h -> h.get("action").asString()))
        .containsExactly("RECORDED", "CORRECTED", "WITHDRAWN");
    assertThat(history.get(1).get("changes").get("quantity").get(0).asLong()).isEqualTo(8);
    assertThat(history.get(1).get("changes").get("quantity").get(1).asLong()).isEqualTo(10);
    assertThat(history.get(2).get("changes").get("withdrawn").get(1).asBoolean()).isTrue();
    assertThat(history.get(2).get("by").asString()).isEqualTo(me);
    assertThat(history.get(2).get("at").asString()).isNotBlank();
  }

  @Test
  void categories_are_reference_data_that_can_be_added_renamed_and_retired() {
    String code = "LOA_TEST_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Http.Response added =
        http.post(
            "/api/categories",
            Map.of("code", code, "nameVi", "Bản tin điện tử", "nameEn", "E-newsletter"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    Map<String, Object> body = activity(office, "2025-08-01");
    body.put("category", code);
    assertThat(http.post("/api/activities", body).status()).isEqualTo(201);

    assertThat(
            http.patch(
                    "/api/categories/" + code,
                    Map.of("nameVi", "Bản tin điện tử CCHC"),
                    "If-Match",
                    "\"1\"")
                .status())
        .isEqualTo(200);
    assertThat(
            http.patch("/api/categories/" + code, Map.of("active", false), "If-Match", "\"2\"")
                .status())
        .isEqualTo(200);
    assertThat(http.post("/api/activities", body).status()).isEqualTo(400);

    assertThat(http.post("/api/categories", Map.of("code", code, "nameVi", "Trùng")).status())
        .isEqualTo(409);
    assertThat(http.post("/api/categories", Map.of("code", "bad code", "nameVi", "Sai")).status())
        .isEqualTo(400);
    assertThat(
            http.patch("/api/categories/" + code, Map.of("active", true), "If-Match", "\"1\"")
                .status())
        .isEqualTo(412);
    assertThat(
            http.patch("/api/categories/NOPE", Map.of("active", true), "If-Match", "\"1\"")
                .status())
        .isEqualTo(404);
    assertThat(http.get("/api/categories").json().valueStream().map(c -> c.get("code").asString()))
        .contains("BROADCAST", code);
  }
}
