package vn.loa.report.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.report.ReportEvents;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

/**
 * Two communes owe quarterly reports under the city's plans addressed to them — neither issues a
 * plan of its own — drafted from their figures, submitted, returned, taken in and frozen; reports
 * sent to the receivers a regime names; the issuer's own duty where its plan states it;
 * completeness and timeliness from the submissions; reminders.
 */
@IntegrationTest
class ReportsTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgTree tree;
  @Autowired Reminders reminders;
  @Autowired Obligations obligations;

  Http http;
  Fixtures fx;
  String commune;
  String other;

  @BeforeEach
  void twoCommunesWithPlans() {
    fx = new Fixtures(codec).publishHierarchy();
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", fx.province.id()));
    commune = fx.commune.id();
    other = "c2-" + fx.suffix;
    fx.publish(
        new OrgUnitChanged(
            other,
            "C2",
            "Xã khác " + fx.suffix,
            "COMMUNE",
            fx.province.id(),
            LocalDate.of(2000, 1, 1),
            null,
            null,
            1));
    fx.publishQuarterlyPlanFor(commune);
    fx.publishPlan(
        fx.province.id(),
        "2026-07-01",
        "2027-06-30",
        new PlanContent.Reporting(
            List.of("QUARTERLY"),
            new PlanContent.DeadlineRule("WORKING_DAYS_AFTER_CUTOFF", null, 5),
            List.of("UBND thành phố")),
        other);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                !obligations.of(commune).isEmpty()
                    && !obligations.of(other).isEmpty()
                    && tree.find(commune).isPresent()
                    && tree.find(other).isPresent());
  }

  @AfterEach
  void close() {
    fx.close();
  }

  JsonNode report(String unit, String window) {
    return http.get("/api/reports?unit=" + unit + "&window=" + window).json().get(0);
  }

  @Test
  void
      an_addressee_owes_a_report_per_window_whose_cut_off_its_plan_covers_each_with_its_deadline() {
    JsonNode owed = http.get("/api/reports?unit=" + commune).json();
    // Coverage 1/7/2026–30/6/2027: Q3/2027 (15/6–14/9/2027) overlaps it, but its cut-off is
    // outside.
    assertThat(owed.valueStream().map(r -> r.get("window").asString()))
        .containsExactly("2026Q3", "2026Q4", "2027Q1", "2027Q2");
    // "trước ngày 20 tháng cuối của quý": before the 20th, so the 19th is the last day on time.
    assertThat(report(commune, "2026Q4").get("deadline").asString()).isEqualTo("2026-12-19");
    assertThat(report(commune, "2026Q4").get("parentId").asString()).isEqualTo(fx.province.id());
    assertThat(report(commune, "2026Q4").get("receiverIds").valueStream().map(JsonNode::asString))
        .containsExactly(fx.province.id());
    assertThat(report(other, "2026Q3").get("deadline").asString()).isEqualTo("2026-09-21");
    assertThat(http.get("/api/reports?unit=" + commune + "&window=2025Q1").status()).isEqualTo(404);
    assertThat(http.get("/api/reports?unit=" + fx.province.id()).json().size())
        .as("the issuer owes nothing it does not say")
        .isZero();
    assertThat(http.get("/api/reports").status()).isEqualTo(400);
    assertThat(http.get("/api/reports?unit=" + commune + "&receiver=" + commune).status())
        .isEqualTo(400);
  }

  Http as(String role, String unit) {
    return Http.localhost(port).as(TestIdentity.token(role, unit));
  }

  OrgUnitChanged department(String id) {
    return new OrgUnitChanged(
        id,
        id,
        "Sở " + id,
        "DEPARTMENT",
        fx.province.id(),
        LocalDate.of(2000, 1, 1),
        null,
        null,
        1);
  }

  @Test
  void reports_go_to_the_receivers_the_regime_names_who_see_them_and_take_them_in_or_return_them() {
    String culture = "svh-" + fx.suffix;
    String foreignAffairs = "sng-" + fx.suffix;
    fx.publish(department(culture), department(foreignAffairs));
    fx.publishPlan(
        fx.province.id(),
        "2026-01-01",
        "2026-12-31",
        new PlanContent.Reporting(
            List.of("YEARLY"),
            new PlanContent.DeadlineRule(
                "BEFORE_DAY_OF_LAST_MONTH", 20, null, "trước ngày 20 tháng cuối của quý"),
            List.of("Sở Văn hóa, Thể thao và Du lịch"),
            List.of(culture),
            List.of("ADDRESSEES"),
            true),
        commune,
        other);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> obligations.find(other, "2026").isPresent() && tree.find(culture).isPresent());
    Http receiver = as("DEPARTMENT_OFFICER", culture);

    // Neither commune has issued a plan: both owe the receiver and are missing until they submit.
    JsonNode nothingYet =
        receiver.get("/api/reports/completeness?parent=" + culture + "&window=2026").json();
    assertThat(nothingYet.get("expected").asInt()).isEqualTo(2);
    assertThat(nothingYet.get("missingUnits").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder(commune, other);
    assertThat(nothingYet.get("units").get(0).get("unitName").asString()).startsWith("Xã");
    assertThat(receiver.get("/api/reports?receiver=" + culture).json().size())
        .as("nothing sent yet")
        .isZero();

    Http communeOfficer = as("COMMUNE_OFFICER", commune);
    String id =
        communeOfficer
            .get("/api/reports?unit=" + commune + "&window=2026")
            .json()
            .get(0)
            .get("id")
            .asString();
    assertThat(communeOfficer.post("/api/reports/" + id + "/submit", null).status()).isEqualTo(200);

    JsonNode sent = receiver.get("/api/reports?receiver=" + culture + "&window=2026").json();
    assertThat(sent.size()).isEqualTo(1);
    assertThat(sent.get(0).get("unitId").asString()).isEqualTo(commune);
    assertThat(receiver.get("/api/reports/" + id).status())
        .as("a receiver reads what is sent to it")
        .isEqualTo(200);
    assertThat(as("DEPARTMENT_OFFICER", foreignAffairs).get("/api/reports/" + id).status())
        .isEqualTo(403);
    assertThat(
            as("DEPARTMENT_OFFICER", foreignAffairs)
                .get("/api/reports?receiver=" + culture)
                .status())
        .isEqualTo(403);
    assertThat(
            as("DEPARTMENT_OFFICER", foreignAffairs)
                .post("/api/reports/" + id + "/approve", null)
                .status())
        .isEqualTo(403);
    assertThat(communeOfficer.post("/api/reports/" + id + "/approve", null).status())
        .isEqualTo(403);
    assertThat(http.post("/api/reports/" + id + "/approve", null).status())
        .as("the issuer named another receiver")
        .isEqualTo(403);
    assertThat(
            as("DEPARTMENT_OFFICER", culture)
                .put("/api/reports/" + id, Map.of("results", "sửa hộ"))
                .status())
        .isEqualTo(403);

    JsonNode returned =
        receiver
            .post("/api/reports/" + id + "/return", Map.of("comment", "Bổ sung số liệu"))
            .json();
    assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
    assertThat(returned.get("reviewedBy").asString()).isEqualTo(culture);
    communeOfficer.post("/api/reports/" + id + "/submit", null);
    JsonNode accepted = receiver.post("/api/reports/" + id + "/approve", null).json();
    assertThat(accepted.get("status").asString()).isEqualTo("APPROVED");
    assertThat(accepted.get("history").valueStream().map(h -> h.get("by").asString()).toList())
        .last()
        .isEqualTo("department_officer@" + culture);

    JsonNode after =
        receiver.get("/api/reports/completeness?parent=" + culture + "&window=2026").json();
    assertThat(after.get("submitted").asInt()).isEqualTo(1);
    assertThat(after.get("missingUnits").valueStream().map(JsonNode::asString))
        .containsExactly(other);
  }

  @Test
  void
      an_issuer_owes_its_receivers_where_its_plan_says_it_reports_and_its_assigned_units_owe_the_issuer() {
    String department = "sng-" + fx.suffix;
    String receiver = "snv-" + fx.suffix;
    String office = "vp-" + fx.suffix;
    fx.publish(
        department(department),
        department(receiver),
        new OrgUnitChanged(
            office,
            office,
            "Văn phòng Sở",
            "UNIT",
            department,
            LocalDate.of(2000, 1, 1),
            null,
            null,
            1));
    fx.publishPlan(
        department,
        "2026-07-01",
        "2026-12-31",
        new PlanContent.Reporting(
            List.of("QUARTERLY", "HALF_YEARLY", "YEARLY"),
            new PlanContent.DeadlineRule("BEFORE_DAY_OF_LAST_MONTH", 20, null),
            List.of("Sở Nội vụ"),
            List.of(receiver),
            List.of("ISSUER", "ASSIGNED"),
            true),
        List.of(new PlanContent.Assignment(office, "LEAD", List.of("Tổng hợp, báo cáo"), null)));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> obligations.of(office).size() == 2 && tree.find(office).isPresent());

    assertThat(obligations.of(department))
        .extracting(o -> o.window().code())
        .containsExactly("2026Q3", "2026");
    assertThat(obligations.of(department).get(0).receiverIds()).containsExactly(receiver);
    assertThat(obligations.of(office).get(0).receiverIds()).containsExactly(department);
    assertThat(obligations.of(department).get(1).deadline()).isEqualTo(LocalDate.of(2026, 12, 19));
    assertThat(
            http.get("/api/reports/completeness?parent=" + department + "&window=2026")
                .json()
                .get("missingUnits")
                .valueStream()
                .map(JsonNode::asString))
        .containsExactly(office);
  }

  @Test
  void draft_submit_return_resubmit_approve_and_figures_frozen_on_approval() {
    fx.publish(fx.activity().by(commune).broadcasts(6).on("2026-10-01").recorded());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> report(commune, "2026Q4").get("figures").has("BROADCAST"));
    String id = report(commune, "2026Q4").get("id").asString();
    assertThat(report(commune, "2026Q4").get("status").asString()).isEqualTo("DRAFT");

    // The parts of seed 004: tham mưu, chỉ đạo; kết quả; đánh giá chung; phương hướng, nhiệm vụ;
    // and proposals.
    Http.Response tooLong =
        http.put("/api/reports/" + id, Map.of("directions", "x".repeat(Reports.MAX_TEXT + 1)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("errors").get(0).get("message").asString())
        .startsWith("Phương hướng, nhiệm vụ");
    Http.Response written =
        http.put(
            "/api/reports/" + id,
            Map.of(
                "guidance",
                "Ban hành kế hoạch tuyên truyền CCHC",
                "results",
                "Phát thanh 6 chuyên mục CCHC",
                "assessment",
                "Hình thức tuyên truyền đa dạng",
                "directions",
                "Đổi mới, nâng cao chất lượng chuyên mục CCHC giai đoạn 2026 - 2030",
                "proposals",
                "Bổ sung kinh phí"));
    assertThat(written.status()).as(written.toString()).isEqualTo(200);
    assertThat(written.json().get("narrative").get("directions").asString())
        .startsWith("Đổi mới, nâng cao chất lượng");
    assertThat(written.json().get("narrative").get("guidance").asString())
        .isEqualTo("Ban hành kế hoạch tuyên truyền CCHC");
    Http.Response notSubmitted = http.post("/api/reports/" + id + "/approve", null);
    assertThat(notSubmitted.status()).isEqualTo(409);
    assertThat(notSubmitted.json().get("detail").asString())
        .contains("đang ở trạng thái dự thảo")
        .doesNotContain("DRAFT");
    assertThat(
            http.post("/api/reports/" + id + "/submit", null, "If-Match", "\"1\"")
                .json()
                .get("status")
                .asString())
        .isEqualTo("SUBMITTED");
    assertThat(http.post("/api/reports/" + id + "/return", Map.of("comment", "")).status())
        .isEqualTo(400);
    Http.Response returned =
        http.post("/api/reports/" + id + "/return", Map.of("comment", "Bổ sung số liệu tháng 11"));
    assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
    http.put(
        "/api/reports/" + id,
        Map.of("results", "Phát thanh 6 chuyên mục CCHC; số liệu tháng 11 đã bổ sung"),
        "If-Match",
        "\"3\"");
    assertThat(http.post("/api/reports/" + id + "/submit", null).json().get("onTime").asBoolean())
        .isTrue();

    JsonNode approved = http.post("/api/reports/" + id + "/approve", null).json();
    assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.get("approvedFigures").get("BROADCAST").get(0).asLong()).isEqualTo(6);
    assertThat(approved.get("changedAfterApproval").asBoolean()).isFalse();
    assertThat(
            http.put(
                    "/api/reports/" + id,
                    Map.of("results", "sửa sau khi duyệt"),
                    "If-Match",
                    "\"6\"")
                .status())
        .isEqualTo(409);
    assertThat(http.put("/api/reports/" + id, Map.of("results", "không phiên bản")).status())
        .isEqualTo(428);

    fx.publish(fx.activity().by(commune).broadcasts(2).on("2026-11-02").recorded());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> report(commune, "2026Q4").get("changedAfterApproval").asBoolean());
    JsonNode after = report(commune, "2026Q4");
    assertThat(after.get("approvedFigures").get("BROADCAST").get(0).asLong()).isEqualTo(6);
    assertThat(after.get("figures").get("BROADCAST").get(0).asLong()).isEqualTo(8);
    assertThat(after.get("history").valueStream().map(h -> h.get("action").asString()))
        .containsExactly("EDITED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "APPROVED");
  }

  @Test
  void completeness_as_a_spreadsheet_names_each_unit_and_where_its_report_stands_in_words()
      throws Exception {
    http.post("/api/reports/" + report(commune, "2026Q3").get("id").asString() + "/submit", null);
    String query = "?parent=" + fx.province.id() + "&window=2026Q3";

    Http.Response xlsx = http.get("/api/reports/completeness.xlsx" + query);
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    assertThat(xlsx.header("Content-Type")).startsWith(vn.loa.spreadsheet.TableExport.XLSX);
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Hạn gửi");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      java.util.Map<String, org.apache.poi.ss.usermodel.Row> byUnit = new java.util.HashMap<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        byUnit.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r));
      }
      assertThat(byUnit.get(fx.commune.name()).getCell(1).getStringCellValue()).isEqualTo("Đã gửi");
      assertThat(byUnit.get("Xã khác " + fx.suffix).getCell(1).getStringCellValue())
          .isEqualTo("Chưa gửi");
      var deadline = byUnit.get(fx.commune.name()).getCell(2);
      assertThat(deadline.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
    }

    Http.Response csv = http.get("/api/reports/completeness.csv" + query);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.bytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(csv.text())
        .contains("\"Đơn vị\",\"Trạng thái\",\"Hạn gửi\"", "\"Chưa gửi\"", "\"Đã gửi\"");
    assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
    // The same refusals as the table itself.
    assertThat(http.get("/api/reports/completeness.xlsx?parent=nowhere&window=2026Q3").status())
        .isEqualTo(403);
    assertThat(
            Http.localhost(port)
                .as(TestIdentity.token("COMMUNE_OFFICER", commune))
                .get("/api/reports/completeness.csv" + query)
                .status())
        .isEqualTo(403);
  }

  @Test
  void completeness_and_timeliness_are_counted_from_the_submissions_and_never_exceed_one() {
    String late = report(commune, "2026Q3").get("id").asString();
    http.post("/api/reports/" + late + "/submit", null);
    http.post("/api/reports/" + report(other, "2026Q4").get("id").asString() + "/submit", null);

    JsonNode q3 =
        http.get("/api/reports/completeness?parent=" + fx.province.id() + "&window=2026Q3").json();
    assertThat(q3.get("expected").asInt()).isEqualTo(2);
    assertThat(q3.get("submitted").asInt()).isEqualTo(1);
    assertThat(q3.get("late").asInt()).isEqualTo(1);
    assertThat(q3.get("missingUnits").valueStream().map(JsonNode::asString)).containsExactly(other);
    assertThat(q3.get("completeness").asDouble()).isEqualTo(0.5);
    assertThat(q3.get("timeliness").asDouble()).isEqualTo(0.0);

    JsonNode q4 =
        http.get("/api/reports/completeness?parent=" + fx.province.id() + "&window=2026Q4").json();
    assertThat(q4.get("onTime").asInt()).isEqualTo(1);
    assertThat(q4.get("timeliness").asDouble()).isEqualTo(0.5);
    assertThat(
            http.get("/api/reports/completeness?parent=" + fx.province.id() + "&window=2026Q9")
                .status())
        .isEqualTo(400);
    // A unit nobody knows is refused like another's (403): the answer tells nothing about
    // existence.
    assertThat(http.get("/api/reports/completeness?parent=nowhere&window=2026Q4").status())
        .isEqualTo(403);
  }

  @Test
  void reminders_go_out_once_before_and_once_on_the_deadline_to_units_that_have_not_submitted() {
    http.post("/api/reports/" + report(commune, "2026Q4").get("id").asString() + "/submit", null);
    // The last day on time is Saturday 19/12/2026: reminders go out on working days only, the one
    // "on the day" on Friday 18/12, the one before within three working days of it.
    LocalDate deadline = LocalDate.of(2026, 12, 19);

    assertThat(reminders.sendDue(deadline)).as("a Saturday").isZero();
    reminders.sendDue(deadline.minusDays(4));
    reminders.sendDue(deadline.minusDays(3));
    reminders.sendDue(deadline.minusDays(1));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              List<String> keys =
                  TopicReader.readAll(ReportEvents.REMINDERS.name()).stream()
                      .map(TopicReader.Record::key)
                      .filter(k -> k.contains(fx.suffix))
                      .toList();
              assertThat(keys)
                  .contains(other + "|2026Q4|BEFORE_DEADLINE")
                  .doesNotContain(commune + "|2026Q4|BEFORE_DEADLINE");
              assertThat(keys.stream().filter(k -> k.equals(other + "|2026Q4|BEFORE_DEADLINE")))
                  .hasSize(1);
            });
    // Contract: the reminders and the audit entries the aggregator wrote are as docs/schemas says.
    for (String topic :
        List.of(
            ReportEvents.REMINDERS.name(),
            vn.loa.contracts.audit.AuditEvents.FROM_REPORT_AGGREGATOR.name())) {
      assertThat(vn.loa.testsupport.EventSchemas.violations(topic)).as(topic).isEmpty();
    }
  }
}
