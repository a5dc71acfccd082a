package vn.loa.task.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.task.support.PlanEventsFixture.assignment;
import static vn.loa.task.support.PlanEventsFixture.content;
import static vn.loa.task.support.PlanEventsFixture.continuous;
import static vn.loa.task.support.PlanEventsFixture.every;
import static vn.loa.task.support.PlanEventsFixture.issued;
import static vn.loa.task.support.PlanEventsFixture.on;
import static vn.loa.task.support.PlanEventsFixture.revoked;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.task.TaskEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.plan.PlanReplicas;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.task.support.PlanEventsFixture;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

/**
 * Contract test of the plan topic: a plan's assignments become tasks, kept in step with its
 * revisions.
 */
@IntegrationTest
class TasksFromPlansTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired PlanReplicas planReplicas;
  @Autowired vn.loa.task.orgunit.OrgUnitDirectory directory;

  Http http;

  /** The signed-in caller every change is attributed to. */
  String me;

  PlanEventsFixture plans;
  String office;
  String centre;
  String planId;

  @BeforeEach
  void units() {
    plans = new PlanEventsFixture(codec);
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", units.id("so")));
    me = "city_admin@" + units.id("so");
    office = units.id("vp");
    centre = units.id("ttcntt");
    planId = "p-" + UUID.randomUUID();
    // The units the plan assigns, as plan-service announces them: task-service serves only units it
    // knows.
    units.publish(
        units.province("so"),
        units.unit("vp", units.id("so")),
        units.unit("ttcntt", units.id("so")));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> directory.find(office).isPresent() && directory.find(centre).isPresent());
  }

  JsonNode tasksOf(String unit) {
    return http.get("/api/tasks?unit=" + unit).json();
  }

  void awaitRevision(long version) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> planReplicas.find(planId).map(p -> p.version() >= version).orElse(false));
  }

  @Test
  void each_unit_and_role_gets_a_task_and_a_recurring_duty_one_per_period() {
    PlanContent c =
        content(
            "so",
            List.of(
                assignment(office, "LEAD", every("QUARTERLY"), "Tổng hợp báo cáo quý"),
                assignment(office, "LEAD", every("QUARTERLY"), "Gửi Văn phòng UBND"),
                assignment(centre, "COOPERATING", continuous(), "Đăng tải tin, bài")));
    plans.publish(issued(planId, 1, 2, c));
    awaitRevision(2);

    JsonNode officeTasks = tasksOf(office);
    assertThat(officeTasks.valueStream().map(t -> t.get("occurrence").asString()))
        .containsExactly("2025Q3", "2025Q4");
    assertThat(officeTasks.get(0).get("dueOn").asString()).isEqualTo("2025-09-30");
    assertThat(officeTasks.get(0).get("duties").size()).isEqualTo(2);
    JsonNode centreTask = tasksOf(centre).get(0);
    assertThat(centreTask.get("role").asString()).isEqualTo("COOPERATING");
    assertThat(centreTask.get("dueOn").asString()).isEqualTo("2025-12-31");
    assertThat(centreTask.get("status").asString()).isEqualTo("NOT_STARTED");
    assertThat(centreTask.get("timeliness").asString()).isEqualTo("OVERDUE");
    assertThat(centreTask.get("overdue").asBoolean()).isTrue();
  }

  @Test
  void a_units_tasks_download_as_excel_and_csv_in_words() throws Exception {
    PlanContent c =
        content(
            "so",
            List.of(
                assignment(office, "LEAD", every("QUARTERLY"), "Tổng hợp báo cáo quý"),
                assignment(centre, "COOPERATING", continuous(), "Đăng tải tin, bài")));
    plans.publish(issued(planId, 1, 2, c));
    awaitRevision(2);

    Http.Response xlsx = http.get("/api/tasks.xlsx?unit=" + office);
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    assertThat(xlsx.header("Content-Disposition")).contains("nhiem-vu-" + office + ".xlsx");
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nhiệm vụ");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      var q3 = sheet.getRow(1);
      assertThat(q3.getCell(1).getStringCellValue()).isEqualTo("Chủ trì");
      assertThat(q3.getCell(2).getStringCellValue()).isEqualTo("Tổng hợp báo cáo quý");
      assertThat(q3.getCell(3).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(java.time.LocalDate.of(2025, 9, 30));
      assertThat(q3.getCell(4).getStringCellValue()).isEqualTo("Chưa thực hiện");
      assertThat(q3.getCell(5).getStringCellValue()).isEqualTo("Quá hạn");
    }
    String csv = http.get("/api/tasks.csv?unit=" + centre).text();
    assertThat(csv)
        .startsWith("\uFEFF\"Nhiệm vụ\",\"Vai trò\"")
        .contains("\"Phối hợp\",\"Đăng tải tin, bài\"", "\"Chưa thực hiện\"")
        .doesNotContain("COOPERATING", "NOT_STARTED", "OVERDUE");
    assertThat(
            Http.localhost(port)
                .as(TestIdentity.token("COMMUNE_OFFICER", "hp-elsewhere"))
                .get("/api/tasks.xlsx?unit=" + office)
                .status())
        .isEqualTo(403);
  }

  @Test
  void the_same_plan_event_twice_or_an_older_one_late_never_duplicates_or_resurrects_a_task() {
    PlanContent first =
        content(
            "so",
            List.of(
                assignment(office, "LEAD", continuous(), "Đăng tin"),
                assignment(centre, "LEAD", continuous(), "Cập nhật")));
    PlanContent amended =
        content("so", List.of(assignment(office, "LEAD", continuous(), "Đăng tin, bài")));
    plans.publish(
        issued(planId, 1, 2, first),
        issued(planId, 1, 2, first),
        issued(planId, 2, 3, amended),
        issued(planId, 1, 2, first));
    awaitRevision(3);

    assertThat(tasksOf(office).size()).isEqualTo(1);
    assertThat(tasksOf(office).get(0).get("duties").get(0).asString()).isEqualTo("Đăng tin, bài");
    assertThat(tasksOf(centre).get(0).get("status").asString()).isEqualTo("CANCELLED");
    assertThat(tasksOf(centre).get(0).get("cancelledReason").asString())
        .isEqualTo("removed-by-amendment");
    String officeTask = tasksOf(office).get(0).get("id").asString();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        TopicReader.readAll(TaskEvents.TOPIC.name()).stream()
                            .filter(r -> officeTask.equals(r.key())))
                    .hasSize(2));
  }

  @Test
  void
      progress_marked_by_the_unit_survives_an_amendment_and_a_revocation_cancels_what_is_not_done() {
    PlanContent c =
        content(
            "so",
            List.of(
                assignment(office, "LEAD", on("2099-12-31"), "Tổ chức hội nghị"),
                assignment(centre, "LEAD", on("2099-12-31"), "Đăng tin")));
    plans.publish(issued(planId, 1, 2, c));
    awaitRevision(2);
    JsonNode task = tasksOf(office).get(0);
    String id = task.get("id").asString();

    Http.Response done =
        http.patch(
            "/api/tasks/" + id,
            Map.of("status", "DONE", "note", "Đã tổ chức 2 hội nghị"),
            "If-Match",
            "\"1\"");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().get("timeliness").asString()).isEqualTo("DONE_ON_TIME");
    assertThat(done.json().get("completedOn").asString()).isNotBlank();

    PlanContent amended =
        content(
            "so",
            List.of(
                assignment(office, "LEAD", on("2099-11-30"), "Tổ chức hội nghị"),
                assignment(centre, "LEAD", on("2099-12-31"), "Đăng tin")));
    plans.publish(issued(planId, 2, 3, amended));
    awaitRevision(3);
    assertThat(http.get("/api/tasks/" + id).json().get("status").asString()).isEqualTo("DONE");
    assertThat(http.get("/api/tasks/" + id).json().get("dueOn").asString()).isEqualTo("2099-11-30");

    plans.publish(revoked(planId, 2, 4, amended));
    awaitRevision(4);
    assertThat(http.get("/api/tasks/" + id).json().get("status").asString()).isEqualTo("DONE");
    assertThat(tasksOf(centre).get(0).get("status").asString()).isEqualTo("CANCELLED");
    assertThat(tasksOf(centre).get(0).get("cancelledReason").asString()).isEqualTo("plan-revoked");

    JsonNode history = http.get("/api/tasks/" + id + "/history").json();
    assertThat(history.valueStream().map(h -> h.get("action").asString()))
        .containsExactly("CREATED", "PROGRESS", "CHANGED_BY_PLAN");
    assertThat(history.get(1).get("by").asString()).isEqualTo(me);
    assertThat(history.get(1).get("changes").get("status").get(1).asString()).isEqualTo("DONE");
  }

  @Test
  void a_cancelled_task_cannot_be_progressed_and_bad_updates_are_refused() {
    PlanContent c = content("so", List.of(assignment(office, "LEAD", continuous(), "Đăng tin")));
    plans.publish(issued(planId, 1, 2, c), revoked(planId, 1, 3, c));
    awaitRevision(3);
    String id = tasksOf(office).get(0).get("id").asString();
    long version = tasksOf(office).get(0).get("version").asLong();

    assertThat(
            http.patch(
                    "/api/tasks/" + id, Map.of("status", "DONE"), "If-Match", "\"" + version + "\"")
                .status())
        .isEqualTo(409);
    assertThat(
            http.patch(
                    "/api/tasks/" + id,
                    Map.of("status", "CANCELLED"),
                    "If-Match",
                    "\"" + version + "\"")
                .status())
        .isEqualTo(400);
    assertThat(
            http.patch(
                    "/api/tasks/" + id,
                    Map.of("status", "FINISHED"),
                    "If-Match",
                    "\"" + version + "\"")
                .status())
        .isEqualTo(400);
    assertThat(http.patch("/api/tasks/" + id, Map.of("status", "DONE")).status()).isEqualTo(428);
    assertThat(
            http.patch("/api/tasks/" + id, Map.of("status", "DONE"), "If-Match", "\"99\"").status())
        .isEqualTo(412);
    assertThat(http.get("/api/tasks/t-missing").status()).isEqualTo(404);
    assertThat(http.get("/api/tasks").status()).isEqualTo(400);
    assertThat(http.get("/api/tasks?unit=" + office + "&status=LATE").status()).isEqualTo(400);
  }

  @Test
  void recurring_periods_cover_the_plan_and_end_with_it() {
    List<TaskDerivation.Period> months =
        TaskDerivation.periods("MONTHLY", LocalDate.of(2025, 7, 15), LocalDate.of(2025, 9, 10));
    assertThat(months)
        .extracting(TaskDerivation.Period::code)
        .containsExactly("2025M07", "2025M08", "2025M09");
    assertThat(
            TaskDerivation.periods(
                "HALF_YEARLY", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .extracting(TaskDerivation.Period::code)
        .containsExactly("2025S1", "2025S2");
  }
}
