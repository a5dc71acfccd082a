package vn.loa.task.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.task.support.PlanEventsFixture.assignment;
import static vn.loa.task.support.PlanEventsFixture.content;
import static vn.loa.task.support.PlanEventsFixture.continuous;
import static vn.loa.task.support.PlanEventsFixture.issued;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.task.support.PlanEventsFixture;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * Every activity, import and task endpoint × role × own and foreign unit: foreign data is refused
 * with 403 and nothing of it in the body, own data is served, nothing changes on a refusal; bad
 * tokens are 401 at the service itself; server-owned fields cannot be set by the client.
 */
@IntegrationTest
class AccessMatrixTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgUnitDirectory directory;

  String city;
  String commune;
  String office;
  String foreign;
  String planId;

  @BeforeEach
  void aCityWithTwoCommunesAndTheirTasks() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    var province = units.province("tp");
    var xa = units.commune("xa", province.id(), LocalDate.of(2020, 1, 1));
    var xa2 = units.commune("xa2", province.id(), LocalDate.of(2020, 1, 1));
    city = province.id();
    commune = xa.id();
    foreign = xa2.id();
    office = units.id("vhxh");
    units.publish(
        province,
        xa,
        xa2,
        new OrgUnitChanged(
            office,
            "VHXH",
            "Phòng Văn hóa – Xã hội",
            "UNIT",
            commune,
            LocalDate.of(2020, 1, 1),
            null,
            null,
            1));
    planId = "p-" + UUID.randomUUID();
    new PlanEventsFixture(codec)
        .publish(
            issued(
                planId,
                1,
                2,
                content(
                    city,
                    List.of(
                        assignment(commune, "LEAD", continuous(), "Tuyên truyền CCHC"),
                        assignment(foreign, "LEAD", continuous(), "Tuyên truyền CCHC")))));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                directory.find(office).isPresent()
                    && directory.find(foreign).isPresent()
                    && as("CITY_ADMIN", city).get("/api/tasks?unit=" + foreign).json().size() == 1
                    && as("CITY_ADMIN", city).get("/api/tasks?unit=" + commune).json().size() == 1);
  }

  Http as(String role, String unit) {
    return Http.localhost(port).as(TestIdentity.token(role, unit));
  }

  Map<String, Object> activity(String unit, String title) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("unitId", unit);
    a.put("category", "BROADCAST");
    a.put("occurredOn", "2025-10-10");
    a.put("title", title);
    a.put("quantity", 2);
    return a;
  }

  /** An activity of {@code unit}, recorded by the city administrator; its id. */
  String recorded(String unit) {
    Http.Response r =
        as("CITY_ADMIN", city).post("/api/activities", activity(unit, "Phát thanh CCHC"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  static boolean refusedWithoutData(Http.Response r, String secret) {
    return r.status() == 403
        && r.text().contains("urn:loa:problem:forbidden")
        && !r.text().contains(secret);
  }

  @Test
  void a_commune_reads_and_changes_its_own_activities_and_tasks_and_nothing_of_another_commune() {
    String own = recorded(commune);
    String theirs = recorded(foreign);
    String theirTask =
        as("CITY_ADMIN", city).get("/api/tasks?unit=" + foreign).json().get(0).get("id").asString();
    String ownTask =
        as("CITY_ADMIN", city).get("/api/tasks?unit=" + commune).json().get(0).get("id").asString();
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (String[] caller :
        new String[][] {
          {"COMMUNE_OFFICER", commune}, {"INTEGRATOR", commune}, {"UNIT_OFFICER", office}
        }) {
      Http http = as(caller[0], caller[1]);
      String who = caller[0] + "@" + caller[1];
      List<Http.Response> foreignAnswers =
          List.of(
              http.get("/api/activities/" + theirs),
              http.get("/api/activities/" + theirs + "/history"),
              http.get("/api/activities?unit=" + foreign),
              http.put("/api/activities/" + theirs, activity(foreign, "Sửa"), "If-Match", "\"1\""),
              http.delete("/api/activities/" + theirs, "If-Match", "\"1\""),
              http.upload(
                  "/api/activities/" + theirs + "/evidence",
                  "file",
                  "a.pdf",
                  "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
                  "application/pdf"),
              http.post("/api/activities", activity(foreign, "Ghi hộ xã khác")),
              http.post("/api/activities", activity(city, "Ghi hộ thành phố")),
              http.get("/api/tasks?unit=" + foreign),
              http.get("/api/tasks/" + theirTask),
              http.get("/api/tasks/" + theirTask + "/history"),
              http.patch(
                  "/api/tasks/" + theirTask, Map.of("status", "IN_PROGRESS"), "If-Match", "\"1\""));
      for (Http.Response r : foreignAnswers) {
        cases++;
        if (!refusedWithoutData(r, "Phát thanh CCHC")) {
          failures.add(who + " foreign -> " + r.status() + " " + r.text());
        }
      }
      boolean officeOnly = caller[1].equals(office);
      List<Http.Response> ownAnswers =
          officeOnly
              ? List.of(
                  http.get("/api/activities?unit=" + office),
                  http.get("/api/tasks?unit=" + office),
                  http.post("/api/activities", activity(office, "Tuyên truyền tại phòng")))
              : List.of(
                  http.get("/api/activities/" + own),
                  http.get("/api/activities/" + own + "/history"),
                  http.get("/api/activities?unit=" + commune),
                  http.get("/api/tasks?unit=" + commune),
                  http.get("/api/tasks/" + ownTask),
                  http.post("/api/activities", activity(commune, "Tuyên truyền của xã")),
                  http.post("/api/activities", activity(office, "Tuyên truyền của phòng")));
      for (Http.Response r : ownAnswers) {
        cases++;
        if (r.status() != 200 && r.status() != 201) {
          failures.add(who + " own -> " + r.status() + " " + r.text());
        }
      }
      if (officeOnly) { // the office is below the commune: the commune's data is not its own
        cases++;
        if (!refusedWithoutData(http.get("/api/activities/" + own), "Phát thanh CCHC")) {
          failures.add(who + " parent's activity readable");
        }
      }
    }
    assertThat(failures).as("%d cases", cases).isEmpty();
    // Nothing of the foreign commune changed.
    JsonNode after = as("CITY_ADMIN", city).get("/api/activities/" + theirs).json();
    assertThat(after.get("version").asLong()).isEqualTo(1);
    assertThat(after.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(as("CITY_ADMIN", city).get("/api/activities?unit=" + foreign).json().size())
        .isEqualTo(1);
    assertThat(
            as("CITY_ADMIN", city).get("/api/tasks/" + theirTask).json().get("status").asString())
        .isEqualTo("NOT_STARTED");
  }

  @Test
  void an_integrator_records_activities_but_does_not_mark_task_progress() {
    String ownTask =
        as("CITY_ADMIN", city).get("/api/tasks?unit=" + commune).json().get(0).get("id").asString();
    Http.Response r =
        as("INTEGRATOR", commune)
            .patch("/api/tasks/" + ownTask, Map.of("status", "DONE"), "If-Match", "\"1\"");
    assertThat(refusedWithoutData(r, "Tuyên truyền CCHC")).as(r.toString()).isTrue();
    JsonNode task = as("CITY_ADMIN", city).get("/api/tasks/" + ownTask).json();
    assertThat(task.get("status").asString()).isEqualTo("NOT_STARTED");
    assertThat(task.get("version").asLong()).isEqualTo(1);
    // The commune's own officer may.
    assertThat(
            as("COMMUNE_OFFICER", commune)
                .patch(
                    "/api/tasks/" + ownTask, Map.of("status", "IN_PROGRESS"), "If-Match", "\"1\"")
                .status())
        .isEqualTo(200);
  }

  @Test
  void a_unit_that_does_not_exist_is_refused_exactly_like_another_communes() {
    Http officer = as("COMMUNE_OFFICER", commune);
    Http admin = as("CITY_ADMIN", city);
    String missing = "xa-khong-co-" + UUID.randomUUID();
    for (Http http : List.of(officer, admin)) {
      for (String unit : http == admin ? List.of(missing) : List.of(foreign, missing)) {
        List<Http.Response> answers =
            List.of(
                http.get("/api/activities?unit=" + unit),
                http.get("/api/tasks?unit=" + unit),
                http.post("/api/activities", activity(unit, "Ghi cho đơn vị lạ")));
        for (Http.Response r : answers) {
          assertThat(r.status()).as(unit + " " + r).isEqualTo(403);
          assertThat(r.json().get("type").asString()).isEqualTo("urn:loa:problem:forbidden");
          assertThat(r.text()).doesNotContain(unit);
        }
      }
    }
    assertThat(admin.get("/api/activities?unit=" + foreign).json().size()).isZero();
  }

  @Test
  void a_viewer_reads_the_whole_city_and_changes_nothing() {
    String theirs = recorded(foreign);
    Http viewer = as("CITY_VIEWER", city);
    assertThat(viewer.get("/api/activities/" + theirs).status()).isEqualTo(200);
    assertThat(viewer.get("/api/activities?unit=" + commune).status()).isEqualTo(200);
    assertThat(viewer.post("/api/activities", activity(commune, "Xem thôi")).status())
        .isEqualTo(403);
    assertThat(viewer.delete("/api/activities/" + theirs, "If-Match", "\"1\"").status())
        .isEqualTo(403);
    assertThat(
            viewer
                .upload(
                    "/api/activities/imports",
                    "file",
                    "a.csv",
                    "x".getBytes(StandardCharsets.UTF_8),
                    "text/csv")
                .status())
        .isEqualTo(403);
    assertThat(as("CITY_ADMIN", city).get("/api/activities?unit=" + commune).json().size())
        .isZero();
  }

  @Test
  void server_owned_fields_in_a_request_are_ignored() {
    Map<String, Object> sneaky = activity(commune, "Gán trường của máy chủ");
    sneaky.put("id", "chosen-by-client");
    sneaky.put("version", 42);
    sneaky.put("recordedBy", "someone-else");
    sneaky.put("status", "WITHDRAWN");
    Http.Response r = as("INTEGRATOR", commune).post("/api/activities", sneaky);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("id").asString()).isNotEqualTo("chosen-by-client");
    assertThat(r.json().get("version").asLong()).isEqualTo(1);
    assertThat(r.json().get("status").asString()).isEqualTo("ACTIVE");
    assertThat(r.json().get("recordedBy").asString()).isEqualTo("integrator@" + commune);
    String id = r.json().get("id").asString();
    JsonNode history = as("CITY_ADMIN", city).get("/api/activities/" + id + "/history").json();
    assertThat(history.get(0).get("by").asString()).isEqualTo("integrator@" + commune);
  }

  @Test
  void an_imports_rows_outside_the_importers_unit_are_rejected_and_its_job_unseen_by_others() {
    String csv =
        "Mã đơn vị,Hình thức,Ngày thực hiện,Nội dung,Số lượng\n"
            + commune
            + ",BROADCAST,2025-10-10,Phát thanh,1\n"
            + foreign
            + ",BROADCAST,2025-10-10,Phát thanh xã khác,1\n";
    Http.Response started =
        as("INTEGRATOR", commune)
            .upload(
                "/api/activities/imports",
                "file",
                "thang10.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                "text/csv");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String job = started.json().get("id").asString();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "DONE"
                    .equals(
                        as("INTEGRATOR", commune)
                            .get("/api/activities/imports/" + job)
                            .json()
                            .get("status")
                            .asString()));
    JsonNode done = as("INTEGRATOR", commune).get("/api/activities/imports/" + job).json();
    assertThat(done.get("created").asLong()).isEqualTo(1);
    assertThat(done.get("rejections").get(0).get("row").asLong()).isEqualTo(3);
    assertThat(done.get("rejections").get(0).get("errors").get(0).get("code").asString())
        .isEqualTo("outside-scope");
    assertThat(as("CITY_ADMIN", city).get("/api/activities?unit=" + foreign).json().size())
        .isZero();
    assertThat(as("COMMUNE_OFFICER", foreign).get("/api/activities/imports/" + job).status())
        .isEqualTo(403);
    assertThat(as("CITY_VIEWER", city).get("/api/activities/imports/" + job).status())
        .isEqualTo(200);
  }

  @Test
  void categories_are_administered_by_the_city_administrator_only() {
    assertThat(as("COMMUNE_OFFICER", commune).get("/api/categories").status()).isEqualTo(200);
    assertThat(
            as("COMMUNE_OFFICER", commune)
                .post("/api/categories", Map.of("code", "NEW_ONE", "name", "Mới"))
                .status())
        .isEqualTo(403);
    assertThat(
            as("CITY_VIEWER", city)
                .patch("/api/categories/BROADCAST", Map.of("name", "x"), "If-Match", "\"1\"")
                .status())
        .isEqualTo(403);
  }

  @Test
  void bad_tokens_are_refused_by_the_service_itself() {
    String role = "CITY_ADMIN";
    for (Http http : TestIdentity.refusedCallers(Http.localhost(port), role, city)) {
      Http.Response r = http.post("/api/activities", activity(commune, "Không được ghi"));
      assertThat(r.status()).as(r.toString()).isEqualTo(401);
      assertThat(r.json().get("type").asString()).isEqualTo("urn:loa:problem:unauthenticated");
    }
    assertThat(as("CITY_ADMIN", city).get("/api/activities?unit=" + commune).json().size())
        .isZero();
  }
}
